/**
 * The search query: checks the text, runs it over the search index, keeps what may be served now (published,
 * current, on the channel, in the types asked for), boosts the stage and segments asked for (filters by them only
 * with `filter`), pages by cursor and explains each hit. Pure: fed the indexes and the availability settings.
 */
import { hasLapsedReview, isServable } from '../personalization/availability'
import type { DeliveryIndex } from '../personalization/deliveryIndex'
import { DeliveryInputError } from '../personalization/errors'
import { serveText } from '../personalization/servedText'
import type { AvailabilityOptions, Channel, ContentType, DeliveryItem, JourneyStage, Locale, ServedText } from '../personalization/types'
import { detectIdentifierInText } from '../privacy/identifiers'
import { matchedFields, type SearchField, type SearchIndex, type SearchMatch } from './searchIndex'
import { highlight, mentions, queryTerms, snippet } from './text'
import type { RecognizedVia } from './vocabulary'

export const MIN_QUERY_CHARS = 2
export const MAX_QUERY_CHARS = 200
export const MAX_FIRST = 50
/** Ranked hits kept per query (pages go this deep; `total` still counts every match). */
export const MAX_RANKED = 500

/** Multipliers on the text score: a boost never outweighs a clearly better text match, and never filters. */
/**
 * What a condition tag adds to an item's text score: tagged with the condition the query names, or with a narrower
 * one (type 2 diabetes for "diabetes"). About a title word's worth; the best tag counts, tags do not add up, and an
 * item about several conditions gets less (divided by the square root of their number): it is less about this one.
 */
export const CONDITION_SCORE = 25
export const NARROWER_CONDITION_SCORE = 12
export const STAGE_BOOST = 1.3
export const SEGMENT_BOOST = 1.2
const FALLBACK_LOCALE_FACTOR = 0.8
/** The guidelines' `rankLower` policy: items with an overdue medical review come after every current one. */
const LAPSED_FACTOR = 1e-6
const OTHER_LOCALE: Record<Locale, Locale> = { en: 'es', es: 'en' }
const compareIds = (a: string, b: string) => (a === b ? 0 : a < b ? -1 : 1)

export interface SearchArgs {
  query: string
  locale: Locale
  stage?: JourneyStage
  segments: readonly string[]
  types?: readonly ContentType[]
  channel?: Channel
  prefix: boolean
  /** Stage and segments filter (only items for that stage, and for one of those segments or everyone) instead of boosting. */
  filter: boolean
}

export interface SearchReason {
  /** text: words of the query in a field; condition / code: the item is tagged with a condition the query names. */
  kind: 'text' | 'condition' | 'code'
  /** title, summary, body, variants or conditions. */
  field: SearchField | 'conditions'
  /** The words that matched (as indexed), or the synonym, name or code the query used. */
  value: string
  /** The condition tag that matched (condition and code reasons). */
  condition?: string
  via?: RecognizedVia
}

export interface RankedMatch {
  item: DeliveryItem
  /** The language of the text that matched (the one asked for, or the item's other one). */
  locale: Locale
  /** Document terms found → their fields (empty when only a condition tag matched). */
  terms: SearchMatch['terms']
  /** Condition tags that matched. */
  tags: string[]
  score: number
}

export interface UnderstoodCondition {
  condition: string
  name: string
  via: RecognizedVia
  value: string
}

export interface SearchAnswer {
  ranked: RankedMatch[]
  total: number
  understood: UnderstoodCondition[]
  didYouMean: string | null
}

export interface SearchHit {
  item: DeliveryItem
  served: ServedText
  score: number
  reasons: SearchReason[]
  /** HTML: the served title, escaped, query words in `<mark>`. */
  titleHtml: string
  /** HTML: a short passage of the summary or body, escaped, query words in `<mark>`. */
  snippet: string
  cursor: string
}

/** The query text, trimmed, or a refusal a person understands. Never repeats the text (it may be personal). */
export function checkSearchText(query: unknown): string {
  const text = typeof query === 'string' ? query.normalize('NFC').trim().replace(/\s+/g, ' ') : ''
  if (text.replace(/[^\p{L}\p{N}]/gu, '').length < MIN_QUERY_CHARS) {
    throw new DeliveryInputError(`Type at least ${MIN_QUERY_CHARS} letters or digits to search.`)
  }
  if (text.length > MAX_QUERY_CHARS) throw new DeliveryInputError(`The search text is too long: at most ${MAX_QUERY_CHARS} characters.`)
  const looksLike = detectIdentifierInText(text)
  if (looksLike) {
    throw new DeliveryInputError(`The search text looks like ${looksLike}. Search for a topic, condition or code; never for a person's details.`)
  }
  return text
}

export const encodeSearchCursor = (offset: number): string => Buffer.from(`search:${offset}`).toString('base64url')

export function decodeSearchCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined || cursor === '') return 0
  const match = /^search:(\d{1,6})$/.exec(Buffer.from(cursor, 'base64url').toString())
  if (!match) throw new DeliveryInputError('The cursor is not one this search returned; pass pageInfo.endCursor from the previous page as `after`.')
  return Number(match[1])
}

export function checkFirst(first: number | null | undefined): number {
  const value = first ?? 10
  if (!Number.isInteger(value) || value < 1 || value > MAX_FIRST) throw new DeliveryInputError(`first must be a whole number from 1 to ${MAX_FIRST}.`)
  return value
}

/** Every servable match, best first (at most MAX_RANKED kept), with what the query was understood to mean. */
export function rankSearch(search: SearchIndex, index: DeliveryIndex, args: SearchArgs, availability: AvailabilityOptions): SearchAnswer {
  const query = checkSearchText(args.query)
  const segments = new Set(args.segments)
  const types = args.types?.length ? new Set(args.types) : undefined
  const allowed = (item: DeliveryItem) => {
    if (types && !types.has(item.type)) return false
    if (args.channel && !item.channels.includes(args.channel)) return false
    if (args.filter) {
      if (args.stage && !item.stages.includes(args.stage)) return false
      if (segments.size > 0 && item.segments.length > 0 && !item.segments.some((s) => segments.has(s))) return false
    }
    return isServable(item, availability)
  }
  const found = new Map<string, RankedMatch>()
  // The requested language, or the other one for items not written in it.
  const servedLocale = (item: DeliveryItem): Locale => (item.locales[args.locale] ? args.locale : OTHER_LOCALE[args.locale])
  const accept = (type: ContentType, id: string, locale: Locale) => {
    const item = index.get(type, id)
    if (!item || locale !== servedLocale(item) || !allowed(item)) return false
    found.set(`${type}/${id}`, { item, locale, score: 0, tags: [], terms: {} })
    return true
  }
  for (const match of search.search(query, { accept, prefix: args.prefix })) {
    const entry = found.get(`${match.type}/${match.id}`)!
    entry.terms = match.terms
    entry.score = match.score
  }
  // Items tagged with a condition the query names, or a narrower one: the best tag adds its score.
  const recognized = search.vocabulary.recognize(query, { prefix: args.prefix })
  const asked = new Set(recognized.map((r) => r.condition))
  const tagScores = new Map<string, number>()
  for (const r of recognized) {
    for (const slug of search.vocabulary.withNarrower(r.condition)) {
      const score = asked.has(slug) ? CONDITION_SCORE : NARROWER_CONDITION_SCORE
      if ((tagScores.get(slug) ?? 0) < score) tagScores.set(slug, score)
    }
  }
  const conditionBonus = new Map<RankedMatch, number>()
  for (const [slug, score] of tagScores) {
    for (const { key, item } of index.postings('condition', slug)) {
      let entry = found.get(key)
      if (!entry) {
        if (!allowed(item)) continue
        entry = { item, locale: servedLocale(item), score: 0, tags: [], terms: {} }
        found.set(key, entry)
      }
      entry.tags.push(slug)
      const focused = score / Math.sqrt(Math.max(1, item.conditions.length))
      conditionBonus.set(entry, Math.max(conditionBonus.get(entry) ?? 0, focused))
    }
  }
  const ranked = [...found.values()]
  for (const entry of ranked) {
    const { item } = entry
    let score = entry.score + (conditionBonus.get(entry) ?? 0)
    if (args.stage && item.stages.includes(args.stage)) score *= STAGE_BOOST
    if (item.segments.some((s) => segments.has(s))) score *= SEGMENT_BOOST
    if (entry.locale !== args.locale) score *= FALLBACK_LOCALE_FACTOR
    if (availability.rankLapsedLower && hasLapsedReview(item, availability.now, availability.maxReviewAgeMonths)) score *= LAPSED_FACTOR
    entry.score = score
  }
  ranked.sort((a, b) => b.score - a.score || (a.item.type === b.item.type ? compareIds(a.item.id, b.item.id) : a.item.type < b.item.type ? -1 : 1))
  const understood = recognized.map((r) => ({ condition: r.condition, name: search.vocabulary.nameOf(r.condition, args.locale), value: r.value, via: r.via }))
  return {
    didYouMean: ranked.length === 0 ? (search.suggest(query) ?? null) : null,
    ranked: ranked.slice(0, MAX_RANKED),
    total: ranked.length,
    understood,
  }
}

/** Why an item matched: the fields holding the query's words, and the condition tags the query named. */
export function searchReasons(match: Pick<RankedMatch, 'terms' | 'tags'>, search: SearchIndex, answer: Pick<SearchAnswer, 'understood'>): SearchReason[] {
  const reasons: SearchReason[] = []
  const fields = matchedFields(match.terms)
  for (const field of ['title', 'summary', 'variants', 'body'] as const) {
    const terms = fields[field]
    if (terms?.length) reasons.push({ field, kind: 'text', value: [...new Set(terms)].join(' ') })
  }
  for (const tag of match.tags) {
    // The condition asked for itself, or the broader one the query named (type 2 diabetes for "diabetes").
    const named = answer.understood.find((u) => u.condition === tag) ?? answer.understood.find((u) => search.vocabulary.withNarrower(u.condition).includes(tag))
    if (named) reasons.push({ condition: tag, field: 'conditions', kind: named.via === 'code' ? 'code' : 'condition', value: named.value, via: named.via })
  }
  return reasons
}

/** One page of hits, explained, with highlighted title and snippet. */
export function searchPage(
  answer: SearchAnswer,
  search: SearchIndex,
  args: Pick<SearchArgs, 'locale' | 'segments' | 'query'>,
  { first, offset }: { first: number; offset: number },
): { hits: SearchHit[]; hasNextPage: boolean; endCursor: string | null } {
  const page = answer.ranked.slice(offset, offset + first)
  const conditionTerms = answer.understood.flatMap((u) => search.vocabulary.termsOf(u.condition))
  const hits = page.map((match, i): SearchHit => {
    const { item, score } = match
    const served = serveText(item, args.locale, args.segments)!
    // Single letters and digits ("2" of "type 2") are not worth marking on their own.
    const terms = new Set([...queryTerms(args.query), ...Object.keys(match.terms), ...conditionTerms].filter((t) => t.length > 1))
    const excerpt = search.excerpt(item.type, item.id, served.locale)
    const summary = served.text.summary
    const passage = mentions(summary, terms) ? summary! : mentions(excerpt, terms) ? excerpt : (summary ?? excerpt)
    return {
      cursor: encodeSearchCursor(offset + i + 1),
      item,
      reasons: searchReasons(match, search, answer),
      score: Math.round(score * 1000) / 1000,
      served,
      snippet: snippet(passage, terms),
      titleHtml: highlight(served.text.title, terms),
    }
  })
  const end = offset + page.length
  return { endCursor: page.length ? encodeSearchCursor(end) : null, hasNextPage: end < answer.ranked.length, hits }
}
