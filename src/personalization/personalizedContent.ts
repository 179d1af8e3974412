/**
 * Personalized content for a content profile (website, portal, marketing automation).
 *
 * Which items qualify
 * - Only items that can be served now: ended events never; clinical items with a lapsed medical review not when the
 *   hospital withholds them (the default).
 * - Audience: an item for specific segments is shown only to profiles in one of those segments; an item with no
 *   segments is for everyone. A profile without segments sees only items for everyone.
 * - Channel: when the profile names a channel, the item must be published to it.
 * - Topic: when the profile names a stage, a condition or a clinical code, an item must match at least one of them.
 *   So "awareness content about diabetes" returns awareness items about diabetes first, then other diabetes items,
 *   then other awareness items. A profile with none of the three gets every item that passes the other rules,
 *   ranked by locale, segment and recency.
 *
 * How items rank: a score, highest first (the parts are sized so a higher part always outweighs all lower ones)
 * - 10,000 when the item is complete in the requested locale (not a fallback, not a translation in progress).
 * - Condition match, by the best way the item's conditions relate to the profile's conditions and codes:
 *   4,000 the same condition (or one carrying the profile's exact code), 3,000 a condition carrying a broader
 *   ICD-10-CM category of the profile's code (E11.65 → E11), 2,000 a parent condition (diabetes for type 2
 *   diabetes), 1,000 a child condition (type 2 diabetes for diabetes).
 * - 100 when the item is for the profile's journey stage.
 * - 10 when the item is targeted at one of the profile's segments (items for everyone get 0).
 * - Recency, 0–9 from the last update: 9 within a week, 8 a month, 7 three months, 6 six months, 5 a year,
 *   4 two years, 3 three years, 2 five years, 1 ten years, 0 older.
 * Equal scores are ordered by last update (newest first), then content type, then id, so results are stable.
 */
import type { ContentProfile } from '../privacy/profile'
import { availabilityFrom, isServableEntry } from './availability'
import { formatCode } from './conditionGraph'
import type { DeliveryIndex, IndexedEntry } from './deliveryIndex'
import { compareRanked, pageSize, recencyScore, TopK } from './ranking'
import { serveText } from './servedText'
import type { AvailabilityOptions, Channel, ContentType, DeliveryItem, JourneyStage, Locale, MatchHow, ServedText } from './types'

export const LOCALE_COMPLETE_SCORE = 10_000
export const CONDITION_SCORES: Readonly<Record<MatchHow, number>> = {
  exact: 4000,
  'broader-code': 3000,
  'parent-condition': 2000,
  'child-condition': 1000,
}
export const STAGE_SCORE = 100
export const SEGMENT_SCORE = 10

export interface MatchReason {
  kind: 'condition' | 'stage' | 'segment' | 'code'
  /** What the profile asked for: the condition or segment slug, the stage, or the code written `ICD10CM:E11.65`. */
  value: string
  how: MatchHow
  /** The condition on the item that matched (condition and code reasons). */
  condition?: string
  /** The code on that condition that matched, when it is a broader category of the profile's code (code reasons). */
  matchedCode?: string
}

export interface PersonalizedResult extends ServedText {
  item: DeliveryItem
  score: number
  reasons: MatchReason[]
}

export interface PersonalizedContentOptions extends Partial<Omit<AvailabilityOptions, 'now'>> {
  now: Date
  types?: readonly ContentType[]
  /** 1–100, default 10. */
  limit?: number
}

/** The best reason an item tagged with a given condition would have. */
type ConditionTargets = Map<string, MatchReason>

function conditionTargets(index: DeliveryIndex, profile: ContentProfile): ConditionTargets {
  const graph = index.conditions
  const targets: ConditionTargets = new Map()
  const offer = (condition: string, reason: Omit<MatchReason, 'condition'>) => {
    const current = targets.get(condition)
    if (!current || CONDITION_SCORES[reason.how] > CONDITION_SCORES[current.how]) targets.set(condition, { ...reason, condition })
  }
  const withRelatives = (condition: string, reason: Omit<MatchReason, 'condition'>) => {
    offer(condition, reason)
    for (const parent of graph.ancestors(condition)) offer(parent, { ...reason, how: 'parent-condition' })
    for (const child of graph.descendants(condition)) offer(child, { ...reason, how: 'child-condition' })
  }
  for (const condition of profile.conditions ?? []) withRelatives(condition, { kind: 'condition', value: condition, how: 'exact' })
  for (const code of profile.codes ?? []) {
    for (const match of graph.conditionsForCode(code)) {
      withRelatives(match.condition, {
        kind: 'code',
        value: formatCode(code),
        how: match.how,
        ...(match.how === 'broader-code' && { matchedCode: match.matchedCode }),
      })
    }
  }
  return targets
}

const OTHER_LOCALE = { en: 'es', es: 'en' } as const

interface Query {
  stage: JourneyStage | undefined
  segments: ReadonlySet<string>
  channel: Channel | undefined
  types: readonly ContentType[] | undefined
  locale: Locale
  targets: ConditionTargets
  hasTopic: boolean
  availability: AvailabilityOptions
}

type Candidate = { entry: IndexedEntry; score: number }

/** The item's score, or -1 when it does not qualify. Allocation-free: it runs for every candidate. */
function scoreOf(entry: IndexedEntry, query: Query): number {
  const { item } = entry
  if (query.types && !query.types.includes(item.type)) return -1
  if (query.channel && !item.channels.includes(query.channel)) return -1
  let segmentMatch = false
  for (const segment of item.segments) if (query.segments.has(segment)) segmentMatch = true
  if (item.segments.length > 0 && !segmentMatch) return -1
  let condition = 0
  for (const slug of item.conditions) {
    const reason = query.targets.get(slug)
    if (reason) condition = Math.max(condition, CONDITION_SCORES[reason.how])
  }
  const stageMatch = query.stage !== undefined && item.stages.includes(query.stage)
  if (query.hasTopic && !stageMatch && condition === 0) return -1
  const text = item.locales[query.locale]
  if (!text && !item.locales[OTHER_LOCALE[query.locale]]) return -1
  if (!isServableEntry(entry, query.availability)) return -1
  return (
    (text?.complete ? LOCALE_COMPLETE_SCORE : 0) +
    condition +
    (stageMatch ? STAGE_SCORE : 0) +
    (segmentMatch ? SEGMENT_SCORE : 0) +
    recencyScore(entry.updatedMs, query.availability.now)
  )
}

/** Reasons and served text, built only for the items that made the list. */
function toResult({ entry, score }: Candidate, query: Query): PersonalizedResult {
  const { item } = entry
  const conditionReasons = [...new Set(item.conditions)]
    .flatMap((slug) => query.targets.get(slug) ?? [])
    .sort((a, b) => CONDITION_SCORES[b.how] - CONDITION_SCORES[a.how])
  const reasons: MatchReason[] = [
    ...conditionReasons,
    ...(query.stage && item.stages.includes(query.stage) ? [{ kind: 'stage' as const, value: query.stage, how: 'exact' as const }] : []),
    ...[...new Set(item.segments)]
      .filter((segment) => query.segments.has(segment))
      .map((segment) => ({ kind: 'segment' as const, value: segment, how: 'exact' as const })),
  ]
  const { complete: _complete, ...served } = serveText(item, query.locale, [...query.segments])!
  return { item, score, reasons, ...served }
}

/** Above this many condition/segment candidates, one early-stopping newest-first walk beats scoring them all. */
const NARROW_SCAN_LIMIT = 2000

/** Offers entries newest first until the list is full and no older entry could score above `ceiling` plus its recency. */
function walkNewestFirst(
  index: DeliveryIndex,
  top: TopK<Candidate>,
  query: Query,
  ceiling: number,
  offer: (entry: IndexedEntry) => void,
  skip: (entry: IndexedEntry) => boolean,
) {
  const feed = index.feedOrder
  for (let i = feed.length - 1; i >= 0; i--) {
    const entry = feed[i]!
    const worst = top.worst
    if (top.full && worst) {
      const best = ceiling + recencyScore(entry.updatedMs, query.availability.now)
      if (worst.score > best || (worst.score === best && worst.entry.updatedMs > entry.updatedMs)) break
    }
    if (!skip(entry)) offer(entry)
  }
}

/** Ranked content for a normalized profile (see the header for the rules). */
export function personalizedContent(
  index: DeliveryIndex,
  profile: ContentProfile,
  options: PersonalizedContentOptions,
): PersonalizedResult[] {
  const limit = pageSize(options.limit, 'limit', 10, 100)
  const targets = conditionTargets(index, profile)
  const query: Query = {
    stage: profile.stage,
    segments: new Set(profile.segments ?? []),
    channel: profile.channel,
    types: options.types,
    locale: profile.locale ?? 'en',
    targets,
    hasTopic: Boolean(profile.stage) || (profile.conditions?.length ?? 0) > 0 || (profile.codes?.length ?? 0) > 0,
    availability: availabilityFrom(options),
  }
  const top = new TopK<Candidate>(limit, compareRanked)
  const offer = (entry: IndexedEntry) => {
    const score = scoreOf(entry, query)
    if (score >= 0) top.offer({ entry, score })
  }

  // 1. When few items carry the profile's conditions or target its segments, score them all.
  let narrowSize = 0
  for (const slug of targets.keys()) narrowSize += index.postings('condition', slug).size
  for (const segment of query.segments) narrowSize += index.postings('segment', segment).size
  if (narrowSize > NARROW_SCAN_LIMIT) {
    // Many do (a common condition in a large library): walk everything newest first instead, and stop
    // once not even a perfect match at that age could enter the list, so cost follows the list, not the library.
    let bestCondition = 0
    for (const reason of targets.values()) bestCondition = Math.max(bestCondition, CONDITION_SCORES[reason.how])
    const ceiling = LOCALE_COMPLETE_SCORE + bestCondition + (query.stage ? STAGE_SCORE : 0) + (query.segments.size ? SEGMENT_SCORE : 0)
    walkNewestFirst(index, top, query, ceiling, offer, () => false)
    return top.sorted().map((candidate) => toResult(candidate, query))
  }
  const narrow = new Set<string>()
  for (const slug of targets.keys()) for (const key of index.postings('condition', slug)) narrow.add(key)
  for (const segment of query.segments) for (const key of index.postings('segment', segment)) narrow.add(key)
  for (const key of narrow) offer(index.entry(key)!)

  // 2. Everything else that can qualify is for everyone and matches on stage alone (or on nothing, without a topic),
  //    so only recency and locale tell it apart: walk newest first and stop once nothing further can make the list.
  if (query.hasTopic && !query.stage) return top.sorted().map((candidate) => toResult(candidate, query))
  const baseline = LOCALE_COMPLETE_SCORE + (query.stage ? STAGE_SCORE : 0)
  walkNewestFirst(index, top, query, baseline, offer, (entry) => entry.item.segments.length > 0 || narrow.has(entry.key))
  return top.sorted().map((candidate) => toResult(candidate, query))
}
