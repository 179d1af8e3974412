/**
 * HL7 Infobutton (URL-based implementation guide) requests and MedlinePlus Connect compatible responses.
 * Pure: plain data in, plain data out; the HTTP route is thin glue around these functions.
 * Error messages name parameters and what is wrong, never the value sent, so they are safe to log.
 */
import { create } from 'xmlbuilder2'

import { CODE_SYSTEMS, codeSystemByOID, validateClinicalCode, type CodeSystemName } from '../../clinical/codeSystems'
import { detectIdentifier } from '../../privacy/identifiers'
import type { Locale } from '../../taxonomy/locales'

export type InfobuttonRecipient = 'PAT' | 'PROV'
export type InfobuttonLocale = Locale
export type InfobuttonResponseType = 'text/xml' | 'application/json'

export interface InfobuttonCode {
  system: CodeSystemName
  code: string
  displayName?: string
}

export interface InfobuttonRequest {
  codes: InfobuttonCode[]
  recipient: InfobuttonRecipient
  locale: InfobuttonLocale
  responseType: InfobuttonResponseType
}

export type InfobuttonParseResult =
  | { ok: true; request: InfobuttonRequest }
  | { ok: false; status: 400; message: string }

export interface InfobuttonEntry {
  title: string
  /** Absolute URL of the page (a relative one is resolved against `baseURL`). */
  url: string
  /** HTML using only <p>, <h3> and <a href>; anything else is escaped. See `plainToSummaryHtml`. */
  summaryHtml: string
  updatedAt: Date | string
  /** Stable id of the item (e.g. `articles/42`), made into a `tag:` URI; a value already starting with `tag:` is kept. */
  id: string
}

export interface InfobuttonFeedInput {
  baseURL: string
  generatedAt: Date
  request: InfobuttonRequest
  entries: InfobuttonEntry[]
  /** Shown as the feed title and author name. Default "Carepath". */
  serviceName?: string
  /** Date part of `tag:` URIs: when the publisher held the host name. Must never change once ids are published. */
  tagDate?: string
}

export const INFOBUTTON_PARAMS = {
  code: 'mainSearchCriteria.v.c',
  codeSystem: 'mainSearchCriteria.v.cs',
  displayName: 'mainSearchCriteria.v.dn',
  recipient: 'informationRecipient',
  language: 'informationRecipient.languageCode.c',
  responseType: 'knowledgeResponseType',
} as const

/** More codes than a problem list entry plausibly carries; bounds the work a single request can ask for. */
export const MAX_INFOBUTTON_CODES = 20
export const MAX_DISPLAY_NAME_LENGTH = 256
export const DEFAULT_TAG_DATE = '2025-01-01'

const ATOM_NS = 'http://www.w3.org/2005/Atom'
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance'

const SUPPORTED_OIDS = `${CODE_SYSTEMS.ICD10CM.oid} (${CODE_SYSTEMS.ICD10CM.displayName}) or ${CODE_SYSTEMS.SNOMEDCT.oid} (${CODE_SYSTEMS.SNOMEDCT.displayName})`
const NO_IDENTIFIERS =
  'Carepath never accepts patient identifiers: send only the clinical code (mainSearchCriteria.v.c and .cs), an optional display name, informationRecipient, its languageCode and knowledgeResponseType'

// detectIdentifier lists "free text" last, so this reason means nothing more specific matched.
const FREE_TEXT_REASON = detectIdentifier('free text')

const fail = (message: string): InfobuttonParseResult => ({ ok: false, status: 400, message })

// mainSearchCriteria.v.c, .c0, .c1 …: group 1 is the field, group 2 the index ('' for the unindexed form).
const SEARCH_CRITERIA_KEY = /^mainSearchCriteria\.v\.(c|cs|dn|ot)(\d{0,3})$/
const FREE_TEXT_KEY = /\.(?:dn|ot)\d*$/
const PATIENT_KEY = /^patient/i

// Only short attribute-like names are repeated back in messages; anything else might itself be personal data.
const isPlainName = (key: string) => /^[A-Za-z][A-Za-z0-9_.]{0,59}$/.test(key) && detectIdentifier(key) === null

/** Reads an Infobutton URL query into a validated request, or a 400 with a message a developer can act on. */
export function parseInfobuttonRequest(params: URLSearchParams): InfobuttonParseResult {
  const keys = [...new Set(params.keys())]

  // Privacy first: nothing else is looked at (or echoed) before identifiers are ruled out.
  if (keys.some((key) => PATIENT_KEY.test(key))) {
    return fail(`${NO_IDENTIFIERS}. Remove the patient parameters (patientPerson.*, patient.*).`)
  }
  for (const key of keys) {
    if (!isPlainName(key) && detectIdentifier(key)) return fail(`${NO_IDENTIFIERS}. A parameter name looks like ${detectIdentifier(key)}.`)
    const criteria = SEARCH_CRITERIA_KEY.exec(key)
    // Codes and code systems are checked by their own rules below (SNOMED CT ids and OIDs are long numbers by design).
    if (criteria && (criteria[1] === 'c' || criteria[1] === 'cs')) continue
    for (const value of params.getAll(key)) {
      const looksLike = detectIdentifier(value)
      if (!looksLike) continue
      if (FREE_TEXT_KEY.test(key) && looksLike === FREE_TEXT_REASON) continue
      return fail(`${NO_IDENTIFIERS}. The value of ${isPlainName(key) ? key : 'a parameter'} looks like ${looksLike}.`)
    }
  }

  for (const key of keys) {
    if ((SEARCH_CRITERIA_KEY.test(key) || Object.values(INFOBUTTON_PARAMS).includes(key as never)) && params.getAll(key).length > 1) {
      return fail(`${key} was sent more than once; send several codes as mainSearchCriteria.v.c0, .c1, … with .cs0, .cs1, …`)
    }
  }

  const codes = parseCodes(params, keys)
  if (!codes.ok) return codes

  const recipientValue = (params.get(INFOBUTTON_PARAMS.recipient) ?? 'PAT').trim().toUpperCase()
  if (recipientValue !== 'PAT' && recipientValue !== 'PROV') {
    return fail(`${INFOBUTTON_PARAMS.recipient} must be PAT (patient) or PROV (provider); leave it out for PAT`)
  }

  const languageValue = (params.get(INFOBUTTON_PARAMS.language) ?? 'en').trim()
  const primaryTag = languageValue.split(/[-_]/)[0]!.toLowerCase()
  if (primaryTag !== 'en' && primaryTag !== 'es') {
    return fail(`${INFOBUTTON_PARAMS.language} must be English (en, en-US, …) or Spanish (es, es-419, …); leave it out for English`)
  }

  const responseType = parseResponseType(params.get(INFOBUTTON_PARAMS.responseType))
  if (!responseType) {
    return fail(`${INFOBUTTON_PARAMS.responseType} must be text/xml (Atom, the default) or application/json`)
  }

  return { ok: true, request: { codes: codes.codes, recipient: recipientValue, locale: primaryTag, responseType } }
}

function parseResponseType(value: string | null): InfobuttonResponseType | undefined {
  if (value === null || value.trim() === '') return 'text/xml'
  const type = value.trim().toLowerCase()
  if (type === 'application/json') return 'application/json'
  // Clients that ask for Atom by its own media type get the same feed.
  if (type === 'text/xml' || type === 'application/xml' || type === 'application/atom+xml') return 'text/xml'
  return undefined
}

function parseCodes(params: URLSearchParams, keys: string[]): { ok: true; codes: InfobuttonCode[] } | { ok: false; status: 400; message: string } {
  // Unindexed form first, then .c0, .c1, … in numeric order.
  const indexes = new Set<string>()
  for (const key of keys) {
    const match = SEARCH_CRITERIA_KEY.exec(key)
    if (match) indexes.add(match[2]!)
  }
  const ordered = [...indexes].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : Number(a) - Number(b)))
  if (ordered.length === 0) {
    return { ok: false, status: 400, message: missingCodeMessage(INFOBUTTON_PARAMS.code) }
  }
  if (ordered.length > MAX_INFOBUTTON_CODES) {
    return { ok: false, status: 400, message: `Too many codes: send at most ${MAX_INFOBUTTON_CODES} mainSearchCriteria codes per request` }
  }

  const codes: InfobuttonCode[] = []
  for (const index of ordered) {
    const name = (field: string) => `mainSearchCriteria.v.${field}${index}`
    const code = params.get(name('c'))?.trim() ?? ''
    if (code === '') return { ok: false, status: 400, message: missingCodeMessage(name('c')) }

    const systemValue = params.get(name('cs'))?.trim() ?? ''
    if (systemValue === '') {
      return { ok: false, status: 400, message: `${name('cs')} is required: send the HL7 OID ${SUPPORTED_OIDS}` }
    }
    const system = codeSystemByOID(systemValue)
    if (!system) {
      return { ok: false, status: 400, message: `${name('cs')} is not a supported code system: use the HL7 OID ${SUPPORTED_OIDS}` }
    }

    const validated = validateClinicalCode({ system: system.name, code })
    // `reason` never contains the value: a mistyped code could be anything the caller had in that field.
    if (!validated.ok) return { ok: false, status: 400, message: `${name('c')} ${validated.reason}` }

    const displayName = params.get(name('dn'))?.trim() ?? ''
    if (displayName.length > MAX_DISPLAY_NAME_LENGTH) {
      return { ok: false, status: 400, message: `${name('dn')} is too long: at most ${MAX_DISPLAY_NAME_LENGTH} characters` }
    }
    if (codes.some((seen) => seen.system === validated.system && seen.code === validated.code)) continue
    codes.push({ system: validated.system, code: validated.code, ...(displayName !== '' && { displayName }) })
  }
  return { ok: true, codes }
}

const missingCodeMessage = (param: string) =>
  `${param} is required: send the clinical code to look up (for example ${INFOBUTTON_PARAMS.code}=E11.9&${INFOBUTTON_PARAMS.codeSystem}=${CODE_SYSTEMS.ICD10CM.oid})`

// ---------------------------------------------------------------------------------------------------------------
// Summaries

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

/** Plain text as summary HTML: each blank-line-separated paragraph escaped into its own <p>. */
export function plainToSummaryHtml(text: string): string {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`)
    .join('')
}

const OPENING_TAG = /^<(p|h3)>$|^<(a) href="((?:https?:\/\/|mailto:)[^"<>\s]*)">$/i
const CLOSING_TAG = /^<\/(p|h3|a)>$/i
const TAG_LIKE = /<[^<>]*>?/g
const ENTITY = /^&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/i

const escapeSummaryText = (text: string) =>
  text
    .replace(/&/g, (amp, offset: number) => (ENTITY.test(text.slice(offset)) ? amp : '&amp;'))
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')

/**
 * Keeps only the summary tags MedlinePlus clients expect (<p>, <h3>, <a href="http…">), balanced; any other tag,
 * stray `<` or bare `&` is escaped, so the summary can never carry script, style or event-handler markup.
 */
export function sanitizeSummaryHtml(html: string): string {
  const open: string[] = []
  let out = ''
  let last = 0
  for (const match of html.matchAll(TAG_LIKE)) {
    const tag = match[0]
    out += escapeSummaryText(html.slice(last, match.index))
    last = match.index + tag.length
    const opening = OPENING_TAG.exec(tag)
    const closing = CLOSING_TAG.exec(tag)
    if (opening) {
      const name = (opening[1] ?? opening[2]!).toLowerCase()
      open.push(name)
      out += name === 'a' ? `<a href="${opening[3]!.replace(/&(?!amp;)/g, '&amp;')}">` : `<${name}>`
    } else if (closing && open.at(-1) === closing[1]!.toLowerCase()) {
      out += `</${open.pop()}>`
    } else {
      out += escapeSummaryText(tag)
    }
  }
  out += escapeSummaryText(html.slice(last))
  while (open.length > 0) out += `</${open.pop()}>`
  return out
}

// ---------------------------------------------------------------------------------------------------------------
// Responses

// XML 1.0 cannot carry most control characters or lone surrogates, even escaped.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
// xmlbuilder2 leaves an `&` that already looks like an entity unescaped, so `&amp;` in a summary would come back as `&`;
// escaping every `&` first makes each one an `&amp;` it passes through, and the text round-trips exactly.
const xmlSafe = (text: string) => text.replace(XML_INVALID, '').replace(/&/g, '&amp;')

/** ISO-8601 UTC without milliseconds, as MedlinePlus writes it: 2026-10-08T13:38:08Z. */
const isoSeconds = (date: Date | string): string => {
  const value = date instanceof Date ? date : new Date(date)
  if (Number.isNaN(value.getTime())) throw new RangeError('Infobutton feed dates must be valid dates')
  return value.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

const hostOf = (baseURL: string) => new URL(baseURL).hostname

const tagURI = (baseURL: string, tagDate: string, specific: string) =>
  specific.startsWith('tag:') ? specific : `tag:${hostOf(baseURL)},${tagDate}:/${specific.replace(/^\/+/, '')}`

const SUBTITLE_LEAD: Record<InfobuttonLocale, (service: string) => string> = {
  en: (service) => `${service} results for`,
  es: (service) => `Resultados de ${service} para`,
}

interface FeedModel {
  base: string
  lang: InfobuttonLocale
  title: string
  updated: string
  id: string
  author: { name: string; uri: string }
  subtitle: string
  categories: Array<{ scheme: string; term: string }>
  entries: Array<{ title: string; href: string; id: string; summary: string; updated: string }>
}

function feedModel(input: InfobuttonFeedInput): FeedModel {
  const service = input.serviceName ?? 'Carepath'
  const tagDate = input.tagDate ?? DEFAULT_TAG_DATE
  const base = new URL(input.baseURL).toString()
  const { request } = input
  const codeList = request.codes.map((code) => `${CODE_SYSTEMS[code.system].displayName} ${code.code}`).join(', ')
  const categories: FeedModel['categories'] = request.codes.flatMap((code) => [
    { scheme: INFOBUTTON_PARAMS.code, term: code.code },
    { scheme: INFOBUTTON_PARAMS.codeSystem, term: code.system },
    { scheme: INFOBUTTON_PARAMS.displayName, term: code.displayName ?? '' },
  ])
  categories.push({ scheme: INFOBUTTON_PARAMS.recipient, term: request.recipient })
  const querySpecific = `infobutton/${request.recipient}/${request.locale}/${request.codes.map((code) => `${code.system}/${code.code}`).join('+')}`
  return {
    base,
    lang: request.locale,
    title: service,
    updated: isoSeconds(input.generatedAt),
    id: tagURI(base, tagDate, querySpecific),
    author: { name: service, uri: base },
    subtitle: `${SUBTITLE_LEAD[request.locale](service)} ${codeList}`,
    categories,
    entries: input.entries.map((entry) => ({
      title: entry.title,
      href: new URL(entry.url, base).toString(),
      id: tagURI(base, tagDate, entry.id),
      summary: sanitizeSummaryHtml(entry.summaryHtml),
      updated: isoSeconds(entry.updatedAt),
    })),
  }
}

export interface InfobuttonJSONFeed {
  feed: {
    base: string
    lang: InfobuttonLocale
    xsi: string
    title: { type: 'text'; _value: string }
    updated: { _value: string }
    id: { _value: string }
    author: { name: { _value: string }; uri: { _value: string } }
    subtitle: { type: 'text'; _value: string }
    category: Array<{ scheme: string; term: string }>
    entry: Array<{
      title: { _value: string; type: 'text' }
      link: Array<{ href: string; rel: 'alternate' }>
      id: { _value: string }
      summary: { type: 'html'; _value: string }
      updated: { _value: string }
    }>
  }
}

/** The MedlinePlus Connect JSON shape (`feed.entry[i].title._value`, `.link[0].href`, `.summary._value`). */
export function infobuttonJSON(input: InfobuttonFeedInput): InfobuttonJSONFeed {
  const model = feedModel(input)
  return {
    feed: {
      base: model.base,
      lang: model.lang,
      xsi: XSI_NS,
      title: { type: 'text', _value: model.title },
      updated: { _value: model.updated },
      id: { _value: model.id },
      author: { name: { _value: model.author.name }, uri: { _value: model.author.uri } },
      subtitle: { type: 'text', _value: model.subtitle },
      category: model.categories.map(({ scheme, term }) => ({ scheme, term })),
      entry: model.entries.map((entry) => ({
        title: { _value: entry.title, type: 'text' },
        link: [{ href: entry.href, rel: 'alternate' }],
        id: { _value: entry.id },
        summary: { type: 'html', _value: entry.summary },
        updated: { _value: entry.updated },
      })),
    },
  }
}

/** The same content as an Atom 1.0 feed (MedlinePlus Connect's `text/xml` answer). */
export function infobuttonAtom(input: InfobuttonFeedInput): string {
  const model = feedModel(input)
  const feed = create({ version: '1.0', encoding: 'UTF-8' })
    .ele(ATOM_NS, 'feed', { 'xml:base': xmlSafe(model.base), 'xml:lang': model.lang })
    .att('http://www.w3.org/2000/xmlns/', 'xmlns:xsi', XSI_NS)
  feed.ele(ATOM_NS, 'title', { type: 'text' }).txt(xmlSafe(model.title))
  feed.ele(ATOM_NS, 'updated').txt(model.updated)
  feed.ele(ATOM_NS, 'id').txt(xmlSafe(model.id))
  const author = feed.ele(ATOM_NS, 'author')
  author.ele(ATOM_NS, 'name').txt(xmlSafe(model.author.name))
  author.ele(ATOM_NS, 'uri').txt(xmlSafe(model.author.uri))
  feed.ele(ATOM_NS, 'subtitle', { type: 'text' }).txt(xmlSafe(model.subtitle))
  for (const category of model.categories) {
    feed.ele(ATOM_NS, 'category', { scheme: category.scheme, term: xmlSafe(category.term) })
  }
  for (const entry of model.entries) {
    const element = feed.ele(ATOM_NS, 'entry')
    element.ele(ATOM_NS, 'title', { type: 'text' }).txt(xmlSafe(entry.title))
    element.ele(ATOM_NS, 'link', { href: xmlSafe(entry.href), rel: 'alternate' })
    element.ele(ATOM_NS, 'id').txt(xmlSafe(entry.id))
    element.ele(ATOM_NS, 'summary', { type: 'html' }).txt(xmlSafe(entry.summary))
    element.ele(ATOM_NS, 'updated').txt(entry.updated)
  }
  return feed.end({ prettyPrint: true })
}
