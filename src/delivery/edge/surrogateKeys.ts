/**
 * Surrogate keys (Fastly `Surrogate-Key`, Cloudflare `Cache-Tag`, Varnish xkey): the names a CDN files a cached
 * answer under, so one publish purges exactly the answers it can alter. Pure: no Payload imports.
 *
 * An answer is tagged with every item it served and the dimensions it asked for; a change to an item purges the
 * item and the dimensions it carries (before and after the change). The rule that makes this safe: an item can enter
 * a list answer only by sharing one of the dimensions the answer is tagged with (its stage, one of its conditions or
 * their relatives, or, for answers without a topic, its audience).
 */
import type { ConditionGraph } from '../../personalization/conditionGraph'
import type { ContentProfile } from '../../privacy/profile'

/** Every delivery answer: purging it empties the whole delivery cache (a renamed condition, a new guideline). */
export const ALL_KEY = 'cp'
/** Answers whose tags would not fit the header carry this instead; every change purges it. */
export const WIDE_KEY = 'cp-wide'
/** Longest tag header sent (Cloudflare allows 16 KB, Varnish's default header limit is 8 KB). */
export const MAX_TAG_HEADER = 4000

export const itemTag = (type: string, id: string) => `i:${type}/${id}`
export const slugTag = (type: string, slug: string) => `s:${type}/${slug}`
export const stageTag = (stage: string) => `st:${stage}`
export const conditionTag = (slug: string) => `c:${slug}`
/** Items for everyone (no segments) are `g:*`. */
export const segmentTag = (slug: string) => `g:${slug}`
export const EVERYONE_TAG = 'g:*'
export const localeTag = (locale: string) => `l:${locale}`
export const codeTag = (code: { code: string; system: string }) => `k:${code.system}:${code.code}`

/** The targeting of one item as a purge needs it (from the delivery index or from a content event). */
export interface ItemFacts {
  conditions?: readonly string[] | null
  id: string
  segments?: readonly string[] | null
  slug?: null | string
  stages?: readonly string[] | null
  type: string
}

/** The keys a change to one item purges: the item, its slug, and every dimension it carried before or carries now. */
export function purgeKeys(...versions: Array<ItemFacts | null | undefined>): string[] {
  const keys = new Set<string>([WIDE_KEY])
  for (const item of versions) {
    if (!item) continue
    keys.add(itemTag(item.type, item.id))
    if (item.slug) keys.add(slugTag(item.type, item.slug))
    for (const stage of item.stages ?? []) keys.add(stageTag(stage))
    for (const condition of item.conditions ?? []) keys.add(conditionTag(condition))
    if (!item.segments?.length) keys.add(EVERYONE_TAG)
    for (const segment of item.segments ?? []) keys.add(segmentTag(segment))
  }
  return [...keys]
}

/** Conditions with their ancestors and descendants: an item tagged with any of them can match the condition. */
function withRelatives(graph: ConditionGraph, conditions: Iterable<string>): string[] {
  const all = new Set<string>()
  for (const condition of conditions) {
    all.add(condition)
    for (const parent of graph.ancestors(condition)) all.add(parent)
    for (const child of graph.descendants(condition)) all.add(child)
  }
  return [...all]
}

/** The conditions clinical codes reach (exact or broader category), with their relatives. */
export function codeConditionTags(graph: ConditionGraph, codes: ReadonlyArray<{ code: string; system: string }>): string[] {
  const found = codes.flatMap((code) => graph.conditionsForCode(code).map((match) => match.condition))
  return [...withRelatives(graph, found).map(conditionTag), ...codes.map(codeTag)]
}

/**
 * The dimension tags of a ranked list for a profile. With a topic (stage, conditions, codes) an item must match one of
 * them to enter; without one, any item for the profile's audience can.
 */
export function profileTags(graph: ConditionGraph, profile: ContentProfile): string[] {
  const tags = [localeTag(profile.locale ?? 'en')]
  const hasTopic = Boolean(profile.stage) || Boolean(profile.conditions?.length) || Boolean(profile.codes?.length)
  if (profile.stage) tags.push(stageTag(profile.stage))
  tags.push(...withRelatives(graph, profile.conditions ?? []).map(conditionTag))
  tags.push(...codeConditionTags(graph, profile.codes ?? []))
  if (!hasTopic) tags.push(EVERYONE_TAG, ...(profile.segments ?? []).map(segmentTag))
  else tags.push(...(profile.segments ?? []).map(segmentTag)) // informative: the topic tags decide
  return tags
}

/**
 * The tag header value (space-separated, as Fastly and xkey read it; Cloudflare's Cache-Tag takes commas), bounded:
 * an answer with more tags than fit is filed under `cp-wide`, which every purge names.
 */
export function tagHeader(tags: Iterable<string>, separator: ' ' | ',' = ' '): string {
  const all = [...new Set([ALL_KEY, ...tags])]
  const value = all.join(separator)
  // A tag that cannot be written as one header token (asked-for text nobody validated) files the answer under `cp-wide`.
  return value.length <= MAX_TAG_HEADER && all.every((tag) => HEADER_TOKEN.test(tag)) ? value : [ALL_KEY, WIDE_KEY].join(separator)
}

const HEADER_TOKEN = /^[!-+\--~]+$/ // printable ASCII without space and comma

/** Whether a purge of `keys` reaches an answer tagged `tags` (the in-process cache applies the same rule). */
export function purgeReaches(keys: readonly string[], tags: ReadonlySet<string>): boolean {
  if (tags.has(WIDE_KEY) || keys.includes(ALL_KEY)) return true
  return keys.some((key) => tags.has(key))
}
