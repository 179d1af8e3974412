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
 *   then other awareness items. A profile with none of the three gets everything else that qualifies, newest first.
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
import { availabilityFrom, isServable } from './availability'
import { formatCode } from './conditionGraph'
import { EVERYONE, type DeliveryIndex, type IndexedEntry } from './deliveryIndex'
import { compareRanked, pageSize, recencyScore, TopK } from './ranking'
import { serveText } from './servedText'
import type { AvailabilityOptions, ContentType, DeliveryItem, MatchHow, ServedText } from './types'

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

const union = (sets: Iterable<ReadonlySet<string>>): Set<string> => {
  const keys = new Set<string>()
  for (const set of sets) for (const key of set) keys.add(key)
  return keys
}

/** Item keys worth scoring: the topic postings when the profile names a topic, else the smallest filter's postings. */
function candidateKeys(
  index: DeliveryIndex,
  profile: ContentProfile,
  targets: ConditionTargets,
  types: readonly ContentType[] | undefined,
  hasTopic: boolean,
): Iterable<string> {
  if (hasTopic) {
    const sets = [...targets.keys()].map((condition) => index.postings('condition', condition))
    if (profile.stage) sets.push(index.postings('stage', profile.stage))
    return union(sets)
  }
  // No topic: walk the smallest of the filters' posting lists (audience, channel, types).
  const choices: Array<ReadonlySet<string>[]> = [[EVERYONE, ...(profile.segments ?? [])].map((s) => index.postings('segment', s))]
  if (profile.channel) choices.push([index.postings('channel', profile.channel)])
  if (types) choices.push(types.map((type) => index.postings('type', type)))
  const total = (sets: ReadonlySet<string>[]) => sets.reduce((sum, set) => sum + set.size, 0)
  const smallest = choices.reduce((best, next) => (total(next) < total(best) ? next : best))
  return smallest.length === 1 ? smallest[0]! : union(smallest)
}

/** Ranked content for a normalized profile (see the header for the rules). */
export function personalizedContent(
  index: DeliveryIndex,
  profile: ContentProfile,
  options: PersonalizedContentOptions,
): PersonalizedResult[] {
  const limit = pageSize(options.limit, 'limit', 10, 100)
  const availability = availabilityFrom(options)
  const requested = profile.locale ?? 'en'
  const segments = profile.segments ?? []
  const targets = conditionTargets(index, profile)
  const hasTopic = Boolean(profile.stage) || (profile.conditions?.length ?? 0) > 0 || (profile.codes?.length ?? 0) > 0
  const top = new TopK<PersonalizedResult & { entry: IndexedEntry }>(limit, compareRanked)

  for (const key of candidateKeys(index, profile, targets, options.types, hasTopic)) {
    const entry = index.entry(key)
    if (!entry) continue
    const { item } = entry
    if (options.types && !options.types.includes(item.type)) continue
    if (profile.channel && !item.channels.includes(profile.channel)) continue
    const matchedSegments = item.segments.filter((segment) => segments.includes(segment))
    if (item.segments.length > 0 && matchedSegments.length === 0) continue

    const conditionReasons = [...new Set(item.conditions)].flatMap((condition) => targets.get(condition) ?? [])
    const stageMatch = profile.stage !== undefined && item.stages.includes(profile.stage)
    if (hasTopic && !stageMatch && conditionReasons.length === 0) continue
    if (!isServable(item, availability)) continue
    const served = serveText(item, requested, segments)
    if (!served) continue

    conditionReasons.sort((a, b) => CONDITION_SCORES[b.how] - CONDITION_SCORES[a.how])
    const reasons: MatchReason[] = [
      ...conditionReasons,
      ...(stageMatch ? [{ kind: 'stage' as const, value: profile.stage!, how: 'exact' as const }] : []),
      ...matchedSegments.map((segment) => ({ kind: 'segment' as const, value: segment, how: 'exact' as const })),
    ]
    const score =
      (served.complete ? LOCALE_COMPLETE_SCORE : 0) +
      (conditionReasons[0] ? CONDITION_SCORES[conditionReasons[0].how] : 0) +
      (stageMatch ? STAGE_SCORE : 0) +
      (matchedSegments.length > 0 ? SEGMENT_SCORE : 0) +
      recencyScore(entry.updatedMs, availability.now)
    const { complete: _complete, ...text } = served
    top.offer({ entry, item, score, reasons, ...text })
  }
  return top.sorted().map(({ entry: _entry, ...result }) => result)
}
