/**
 * Content for a patient's clinical codes (patient portal).
 *
 * For each code, in this order of preference:
 * 1. exact: items tagged with a condition that carries the code itself;
 * 2. broader-code: (ICD-10-CM) items tagged with a condition carrying a broader category, nearest first
 *    (E11.65 → E11.6 → E11);
 * 3. parent-condition: items tagged with a parent of a condition found in 1 or 2, nearest parent first.
 * An item found through several codes is listed once, with its best match (the earlier code when equally good).
 * Items must be servable now; when `channel` or `segments` is given they filter as in personalized content.
 *
 * How items rank: a score, highest first
 * - match: 3,000 exact; 2,000 broader-code, less 100 for each further step up; 1,000 parent-condition, less 100 for
 *   each further level up (never below 200).
 * - 20 when the item is complete in the requested locale.
 * - 10 for clinical (medically reviewed) items when the audience is PROVIDER; PATIENT has no preference: everything
 *   in the library is written for patients.
 * - recency 0–9, as in personalized content.
 * Equal scores: newest first, then type, then id.
 */
import { validateClinicalCode } from '../clinical/codeSystems'
import { MAX_CODES } from '../privacy/profile'
import { availabilityFrom, isServableEntry } from './availability'
import type { DeliveryIndex, IndexedEntry } from './deliveryIndex'
import { DeliveryInputError } from './errors'
import { compareRanked, offerBest, pageSize, recencyScore, TopK } from './ranking'
import { serveText } from './servedText'
import type { AvailabilityOptions, Channel, ClinicalCode, ContentType, DeliveryItem, Locale, ServedText } from './types'

export type CodeMatchHow = 'exact' | 'broader-code' | 'parent-condition'
export type Audience = 'PATIENT' | 'PROVIDER'

export interface CodeContentResult extends ServedText {
  item: DeliveryItem
  score: number
  /** The input code this item was found for (normalized: `e1165` → `E11.65`). */
  code: ClinicalCode
  how: CodeMatchHow
  /** The code on the condition that matched: the input code or the broader category it was widened to. */
  matchedCode: string
  /** The item's condition that matched (for parent-condition, the parent). */
  condition: string
}

export interface ContentForCodesOptions extends Partial<Omit<AvailabilityOptions, 'now'>> {
  now: Date
  audience: Audience
  /** Default en. */
  locale?: Locale
  /** 1–100, default 10. */
  limit?: number
  types?: readonly ContentType[]
  channel?: Channel
  segments?: readonly string[]
}

const LOCALE_COMPLETE = 20
const PROVIDER_CLINICAL = 10

const matchScore = (how: CodeMatchHow, steps: number): number => {
  if (how === 'exact') return 3000
  if (how === 'broader-code') return 2000 - 100 * (steps - 1)
  return Math.max(200, 1000 - 100 * (steps - 1))
}

type Match = { code: ClinicalCode; how: CodeMatchHow; matchedCode: string; condition: string; match: number }

function validCodes(codes: ReadonlyArray<{ system: string; code: string }>): ClinicalCode[] {
  if (codes.length > MAX_CODES) throw new DeliveryInputError(`codes has too many entries: at most ${MAX_CODES} clinical codes are accepted`)
  return codes.map((input, i) => {
    const result = validateClinicalCode(input)
    // `reason` never repeats the value: codes describe a patient.
    if (!result.ok) throw new DeliveryInputError(`codes[${i}] ${result.reason}`)
    return { system: result.system, code: result.code }
  })
}

/** Content for clinical codes, best match first (see the header for the rules). Invalid codes are an input error. */
export function contentForCodes(
  index: DeliveryIndex,
  codes: ReadonlyArray<{ system: string; code: string }>,
  options: ContentForCodesOptions,
): CodeContentResult[] {
  const limit = pageSize(options.limit, 'limit', 10, 100)
  const normalized = validCodes(codes)
  const availability = availabilityFrom(options)
  const graph = index.conditions

  // The best match per condition across all codes; an item takes the best of its conditions' matches
  // (the earlier offer wins a tie, so the earlier input code is reported).
  const byCondition = new Map<string, Match & { order: number }>()
  let order = 0
  const offer = (condition: string, partial: Omit<Match, 'condition'>) => {
    const current = byCondition.get(condition)
    if (!current || partial.match > current.match) byCondition.set(condition, { ...partial, condition, order })
    order += 1
  }
  for (const code of normalized) {
    for (const found of graph.conditionsForCode(code)) {
      const base = { code, matchedCode: found.matchedCode }
      offer(found.condition, { ...base, how: found.how, match: matchScore(found.how, found.steps) })
      graph.ancestors(found.condition).forEach((parent, level) => {
        offer(parent, { ...base, how: 'parent-condition', match: matchScore('parent-condition', level + 1) })
      })
    }
  }
  const bestFor = (item: DeliveryItem): Match | undefined => {
    let best: (Match & { order: number }) | undefined
    for (const slug of item.conditions) {
      const match = byCondition.get(slug)
      if (match && (!best || match.match > best.match || (match.match === best.match && match.order < best.order))) best = match
    }
    return best
  }

  const requested = options.locale ?? 'en'
  const other = requested === 'en' ? 'es' : 'en'
  const segments = options.segments ?? []
  // Cheap scoring for every candidate; text is resolved only for the items that make the list.
  const top = new TopK<{ entry: IndexedEntry; score: number; match: Match }>(limit, compareRanked)
  const consider = (entry: IndexedEntry) => {
    const { item } = entry
    const match = bestFor(item)
    if (!match) return
    if (options.types && !options.types.includes(item.type)) return
    if (options.channel && !item.channels.includes(options.channel)) return
    if (options.segments && item.segments.length > 0 && !item.segments.some((s) => segments.includes(s))) return
    if (!item.locales[requested] && !item.locales[other]) return
    if (!isServableEntry(entry, availability)) return
    const score =
      match.match +
      (item.locales[requested]?.complete ? LOCALE_COMPLETE : 0) +
      (options.audience === 'PROVIDER' && item.clinical ? PROVIDER_CLINICAL : 0) +
      recencyScore(entry.updatedMs, availability.now)
    top.offer({ entry, score, match })
  }

  // Only items carrying a matched condition can qualify; walk or score them, whichever is cheaper.
  let bestMatch = 0
  for (const match of byCondition.values()) bestMatch = Math.max(bestMatch, match.match)
  const ceiling = bestMatch + LOCALE_COMPLETE + (options.audience === 'PROVIDER' ? PROVIDER_CLINICAL : 0)
  const candidates = [...byCondition.keys()].map((condition) => index.postings('condition', condition))
  offerBest(index, top, ceiling, availability.now, candidates, consider)
  return top.sorted().map(({ entry: { item }, score, match }) => {
    const { complete: _complete, ...served } = serveText(item, requested, segments)!
    return { item, score, code: match.code, how: match.how, matchedCode: match.matchedCode, condition: match.condition, ...served }
  })
}
