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
 * Under the `rankLower` overdue policy, a clinical item whose medical review is overdue loses 100,000, so it ranks
 *   below every current item (its score is then negative).
 * Equal scores are ordered by last update (newest first), then content type, then id, so results are stable.
 */
import type { ContentProfile } from '../privacy/profile'
import { availabilityFrom, isLapsedEntry, isServableEntry } from './availability'
import { formatCode } from './conditionGraph'
import type { DeliveryIndex, IndexedEntry } from './deliveryIndex'
import type { AffectedBy } from './responseCache'
import { compareRanked, offerBest, pageSize, recencyScore, TopK, walkNewestFirst, type Ranked } from './ranking'
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

/** What an overdue clinical item loses under the `rankLower` policy: more than any item can score. */
export const OVERDUE_REVIEW_PENALTY = 100_000
/** `scoreOf` for an item that does not qualify. */
const NOT_QUALIFIED = Number.NEGATIVE_INFINITY

/** The item's score, or NOT_QUALIFIED. Allocation-free: it runs for every candidate. */
function scoreOf(entry: IndexedEntry, query: Query): number {
  const { item } = entry
  if (query.types && !query.types.includes(item.type)) return NOT_QUALIFIED
  if (query.channel && !item.channels.includes(query.channel)) return NOT_QUALIFIED
  let segmentMatch = false
  for (const segment of item.segments) if (query.segments.has(segment)) segmentMatch = true
  if (item.segments.length > 0 && !segmentMatch) return NOT_QUALIFIED
  let condition = 0
  for (const slug of item.conditions) {
    const reason = query.targets.get(slug)
    if (reason) condition = Math.max(condition, CONDITION_SCORES[reason.how])
  }
  const stageMatch = query.stage !== undefined && item.stages.includes(query.stage)
  if (query.hasTopic && !stageMatch && condition === 0) return NOT_QUALIFIED
  const text = item.locales[query.locale]
  if (!text && !item.locales[OTHER_LOCALE[query.locale]]) return NOT_QUALIFIED
  if (!isServableEntry(entry, query.availability)) return NOT_QUALIFIED
  return (
    (text?.complete ? LOCALE_COMPLETE_SCORE : 0) +
    condition +
    (stageMatch ? STAGE_SCORE : 0) +
    (segmentMatch ? SEGMENT_SCORE : 0) +
    recencyScore(entry.updatedMs, query.availability.now) -
    (query.availability.rankLapsedLower && isLapsedEntry(entry, query.availability) ? OVERDUE_REVIEW_PENALTY : 0)
  )
}

/** Reasons and served text, built only for the items that made the list. */
function toResult({ entry, score }: Ranked, query: Query): PersonalizedResult {
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

/** Ranked content for a normalized profile (see the header for the rules). */
export function personalizedContent(
  index: DeliveryIndex,
  profile: ContentProfile,
  options: PersonalizedContentOptions,
): PersonalizedResult[] {
  return rankPersonalized(index, profile, options).results
}

export interface PersonalizedAnswer {
  results: PersonalizedResult[]
  /**
   * Whether a later change to one item can alter these results: the item is on the list, or it now qualifies and
   * ranks above the last result (or the list is short). Anything else leaves the top `limit` exactly as it is.
   */
  affectedBy: AffectedBy
}

function answer(ranked: Ranked[], query: Query, limit: number): PersonalizedAnswer {
  const listed = new Set(ranked.map(({ entry }) => entry.key))
  const last = ranked[ranked.length - 1]
  return {
    results: ranked.map((candidate) => toResult(candidate, query)),
    affectedBy: ({ entry, key }) => {
      if (listed.has(key)) return true
      if (!entry) return false
      const score = scoreOf(entry, query)
      return score !== NOT_QUALIFIED && (ranked.length < limit || compareRanked({ entry, score }, last!) < 0)
    },
  }
}

/** `personalizedContent` plus what the response cache needs to keep the answer across unrelated changes. */
export function rankPersonalized(index: DeliveryIndex, profile: ContentProfile, options: PersonalizedContentOptions): PersonalizedAnswer {
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
  const top = new TopK<Ranked>(limit, compareRanked)
  const offer = (entry: IndexedEntry) => {
    const score = scoreOf(entry, query)
    if (score !== NOT_QUALIFIED) top.offer({ entry, score })
  }
  const results = () => answer(top.sorted(), query, limit)

  // 1. The whole library newest first while that is cheap, then the candidates: items carrying one of the profile's
  //    conditions (or their relatives) or targeting one of its segments.
  let bestCondition = 0
  for (const reason of targets.values()) bestCondition = Math.max(bestCondition, CONDITION_SCORES[reason.how])
  const ceiling = LOCALE_COMPLETE_SCORE + bestCondition + (query.stage ? STAGE_SCORE : 0) + (query.segments.size ? SEGMENT_SCORE : 0)
  const candidates = [
    ...[...targets.keys()].map((slug) => index.postings('condition', slug)),
    ...[...query.segments].map((segment) => index.postings('segment', segment)),
  ]
  const cut = offerBest(index, top, ceiling, query.availability.now, candidates, offer)
  if (cut < 0) return results()

  // 2. Older than the cut, the other items that can qualify are for everyone and match on stage alone (or on nothing,
  //    without a topic), so only locale and recency tell them apart: walk on and stop once nothing further can make the list.
  if (query.hasTopic && !query.stage) return results()
  const baseline = LOCALE_COMPLETE_SCORE + (query.stage ? STAGE_SCORE : 0)
  // Segment-targeted items were candidates or cannot qualify; so were items carrying a profile condition.
  const offeredAsCandidate = (item: DeliveryItem) => item.segments.length > 0 || item.conditions.some((slug) => targets.has(slug))
  walkNewestFirst(index.feedOrder, cut, top, baseline, query.availability.now, (entry) => {
    if (!offeredAsCandidate(entry.item)) offer(entry)
  })
  return results()
}
