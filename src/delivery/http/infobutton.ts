import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { infobuttonAtom, infobuttonJSON, parseInfobuttonRequest, plainToSummaryHtml, type InfobuttonEntry } from '../../personalization/formats/infobutton'
import { runContentForCodes } from '../queries'

const MAX_ENTRIES = 10

/**
 * `GET /api/infobutton?mainSearchCriteria.v.c=E11.9&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90
 *   &informationRecipient=PAT&informationRecipient.languageCode.c=en&knowledgeResponseType=application/json`
 * HL7 Infobutton (URL-based implementation guide) in MedlinePlus Connect's shape, so an EHR portal
 * that links MedlinePlus can link Carepath by changing the base URL. Links point at CAREPATH_SITE_URL.
 */
export async function infobuttonResponse(req: PayloadRequest, url: URL): Promise<Response> {
  const parsed = parseInfobuttonRequest(url.searchParams)
  if (!parsed.ok) throw new APIError(parsed.message, 400, null, true)
  const { request } = parsed
  const { results } = await runContentForCodes(req, {
    audience: request.recipient === 'PROV' ? 'PROVIDER' : 'PATIENT',
    codes: request.codes,
    limit: MAX_ENTRIES,
    locale: request.locale,
  })
  const baseURL = (process.env.CAREPATH_SITE_URL ?? url.origin).replace(/\/$/, '')
  const entries: InfobuttonEntry[] = results.map(({ item, locale, text }) => ({
    id: `${item.type}/${item.slug}`,
    summaryHtml: plainToSummaryHtml(text.summary ?? text.title),
    title: text.title,
    updatedAt: item.updatedAt,
    url: `${baseURL}/${item.type}/${item.slug}${locale === 'es' ? '?locale=es' : ''}`,
  }))
  const input = { baseURL, entries, generatedAt: new Date(), request, serviceName: 'Carepath' }
  const headers = { 'Cache-Control': 'public, max-age=300' }
  if (request.responseType === 'application/json') return Response.json(infobuttonJSON(input), { headers })
  return new Response(infobuttonAtom(input), { headers: { ...headers, 'Content-Type': 'text/xml; charset=utf-8' } })
}
