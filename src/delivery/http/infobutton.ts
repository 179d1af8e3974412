import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'
import { create } from 'xmlbuilder2'

import { codeSystemByOID, CODE_SYSTEMS } from '../../clinical/codeSystems'
import { detectIdentifier } from '../../privacy/identifiers'
import type { CodeContentResult } from '../../personalization/contentForCodes'
import { runContentForCodes } from '../queries'

/**
 * HL7 Infobutton, URL-based implementation guide, answering in the shape MedlinePlus Connect uses, so
 * an EHR portal that links MedlinePlus can link Carepath by changing the base URL.
 * `GET /api/infobutton?mainSearchCriteria.v.c=E11.9&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90
 *   &informationRecipient=PAT&informationRecipient.languageCode.c=en&knowledgeResponseType=application/json`
 */
const PUBLISHER = 'Carepath'
const MAX_ENTRIES = 10
const SUPPORTED_OIDS = Object.values(CODE_SYSTEMS).map((s) => `${s.oid} (${s.displayName})`).join(' or ')
const ALLOWED = /^(mainSearchCriteria\.v\.(c|cs|dn)\d*|informationRecipient(\.languageCode\.c)?|knowledgeResponseType|taskContext\.c\.c|performer|encounter\.c\.c)$/

interface InfobuttonRequest {
  codes: Array<{ code: string; displayName: string; system: 'ICD10CM' | 'SNOMEDCT' }>
  json: boolean
  locale: 'en' | 'es'
  recipient: 'PAT' | 'PROV'
}

const bad = (message: string) => new APIError(message, 400, null, true)

export function parseInfobuttonRequest(params: URLSearchParams): InfobuttonRequest {
  for (const [name, value] of params) {
    if (/^patient/i.test(name)) {
      throw bad(`Carepath never accepts patient identifiers: remove the "${name.split('.')[0]}" parameters. Send only the coded problem, the recipient and the language.`)
    }
    if (!ALLOWED.test(name)) throw bad(`Unknown Infobutton parameter "${name.slice(0, 60)}".`)
    // Display names are free text by design; every other value must be a code or keyword.
    if (!/\.dn\d*$/.test(name) && detectIdentifier(value) && !/\.(c|cs)\d*$/.test(name)) {
      throw bad(`The value of "${name}" looks like a patient identifier; Carepath never accepts them.`)
    }
  }
  const suffixes = new Set<string>()
  for (const name of params.keys()) {
    const match = /^mainSearchCriteria\.v\.c(\d*)$/.exec(name)
    if (match) suffixes.add(match[1]!)
  }
  if (suffixes.size === 0) throw bad('mainSearchCriteria.v.c is required: the ICD-10-CM or SNOMED CT code to look up.')
  const codes = [...suffixes].sort().map((suffix) => {
    const code = params.get(`mainSearchCriteria.v.c${suffix}`)!.trim()
    const oid = params.get(`mainSearchCriteria.v.cs${suffix}`)?.trim().replace(/^urn:oid:/, '')
    if (!oid) throw bad(`mainSearchCriteria.v.cs${suffix} is required: the code system OID, ${SUPPORTED_OIDS}.`)
    const system = codeSystemByOID(oid)
    if (!system) throw bad(`Code system "${oid.slice(0, 40)}" is not supported: use ${SUPPORTED_OIDS}.`)
    return { code, displayName: params.get(`mainSearchCriteria.v.dn${suffix}`)?.slice(0, 200) ?? '', system: system.name }
  })
  const recipient = (params.get('informationRecipient') ?? 'PAT').toUpperCase()
  if (recipient !== 'PAT' && recipient !== 'PROV') throw bad('informationRecipient must be PAT (patient) or PROV (provider).')
  const language = (params.get('informationRecipient.languageCode.c') ?? 'en').toLowerCase().split(/[-_]/)[0]
  if (language !== 'en' && language !== 'es') throw bad('informationRecipient.languageCode.c must be en or es.')
  const type = params.get('knowledgeResponseType') ?? 'text/xml'
  if (type !== 'text/xml' && type !== 'application/json' && type !== 'application/javascript') {
    throw bad('knowledgeResponseType must be text/xml (Atom, the default) or application/json.')
  }
  return { codes, json: type !== 'text/xml', locale: language, recipient }
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

interface Entry {
  id: string
  link: string
  summaryHtml: string
  title: string
  updated: string
}

function entriesFor(results: CodeContentResult[], siteURL: string, host: string): Entry[] {
  return results.slice(0, MAX_ENTRIES).map(({ item, text, locale }) => {
    const link = `${siteURL}/${item.type}/${item.slug}${locale === 'es' ? '?locale=es' : ''}`
    return {
      id: `tag: ${host}, ${item.updatedAt.slice(0, 10)}:/${item.type}/${item.slug}`,
      link,
      summaryHtml: `<p>${escapeHtml(text.summary ?? text.title)}</p>`,
      title: text.title,
      updated: new Date(item.updatedAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    }
  })
}

export async function infobuttonResponse(req: PayloadRequest, url: URL): Promise<Response> {
  const request = parseInfobuttonRequest(url.searchParams)
  const { results } = await runContentForCodes(req, {
    audience: request.recipient === 'PROV' ? 'PROVIDER' : 'PATIENT',
    codes: request.codes,
    limit: MAX_ENTRIES,
    locale: request.locale,
  })
  const siteURL = (process.env.CAREPATH_SITE_URL ?? url.origin).replace(/\/$/, '')
  const entries = entriesFor(results, siteURL, new URL(siteURL).host)
  const first = request.codes[0]!
  const systemName = CODE_SYSTEMS[first.system].displayName
  const updated = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
  const subtitle = `${PUBLISHER} results for ${systemName} ${first.code}`
  const categories = [
    { scheme: 'mainSearchCriteria.v.c', term: first.code },
    { scheme: 'mainSearchCriteria.v.cs', term: first.system },
    { scheme: 'mainSearchCriteria.v.dn', term: first.displayName },
    { scheme: 'informationRecipient', term: request.recipient },
  ]

  if (request.json) {
    const feed = {
      feed: {
        author: { name: { _value: PUBLISHER }, uri: { _value: siteURL } },
        base: siteURL,
        category: categories,
        entry: entries.map((e) => ({
          id: { _value: e.id },
          link: [{ href: e.link, rel: 'alternate' }],
          summary: { _value: e.summaryHtml, type: 'html' },
          title: { _value: e.title, type: 'text' },
          updated: { _value: e.updated },
        })),
        id: { _value: '' },
        lang: request.locale,
        subtitle: { _value: subtitle, type: 'text' },
        title: { _value: PUBLISHER, type: 'text' },
        updated: { _value: updated },
        xsi: 'http://www.w3.org/2001/XMLSchema-instance',
      },
    }
    return Response.json(feed, { headers: { 'Cache-Control': 'public, max-age=300' } })
  }

  const doc = create({ version: '1.0', encoding: 'UTF-8' }).ele('http://www.w3.org/2005/Atom', 'feed', { 'xml:base': siteURL, 'xml:lang': request.locale })
  doc.ele('title', { type: 'text' }).txt(PUBLISHER).up()
  doc.ele('subtitle', { type: 'text' }).txt(subtitle).up()
  doc.ele('updated').txt(updated).up()
  doc.ele('id').txt(`tag: ${new URL(siteURL).host}, ${updated.slice(0, 10)}:/infobutton`).up()
  doc.ele('author').ele('name').txt(PUBLISHER).up().ele('uri').txt(siteURL).up().up()
  for (const c of categories) doc.ele('category', { scheme: c.scheme, term: c.term }).up()
  for (const e of entries) {
    const entry = doc.ele('entry')
    entry.ele('title', { type: 'text' }).txt(e.title).up()
    entry.ele('link', { href: e.link, rel: 'alternate' }).up()
    entry.ele('id').txt(e.id).up()
    entry.ele('summary', { type: 'html' }).txt(e.summaryHtml).up()
    entry.ele('updated').txt(e.updated).up()
  }
  return new Response(doc.end({ prettyPrint: true }), {
    headers: { 'Cache-Control': 'public, max-age=300', 'Content-Type': 'text/xml; charset=utf-8' },
  })
}
