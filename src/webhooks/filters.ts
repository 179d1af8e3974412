import type { ContentType } from '../taxonomy/contentTypes'
import type { JourneyStage } from '../taxonomy/journeyStages'
import type { ContentEventAction } from '../taxonomy/contentEvents'
import { PROGRAM_EVENT_TYPE, programMessageType } from '../programs/events'

/** What a webhook subscribed to; an empty filter list means "any". */
export interface WebhookSubscription {
  enabled?: boolean | null
  events?: readonly string[] | null
  segments?: readonly string[] | null
  stages?: readonly string[] | null
  types?: readonly string[] | null
}

/** The parts of a content (or program) event the filters look at. */
export interface EventFacts {
  action: ContentEventAction | string
  segments?: readonly string[] | null
  stages?: readonly (JourneyStage | string)[] | null
  type: ContentType | string
}

const list = (value: readonly string[] | null | undefined): readonly string[] => (Array.isArray(value) ? value : [])

/**
 * Stage and segment filters follow Carepath's targeting rule: an item tagged with no stages (or no
 * segments) is meant for everyone, so it matches any stage (or segment) filter.
 */
const targets = (filter: readonly string[], tagged: readonly string[]) =>
  filter.length === 0 || tagged.length === 0 || tagged.some((value) => filter.includes(value))

/**
 * Content events are subscribed by action (`published`); program events by their message type (`program.broken`),
 * and the content-type filter does not apply to them.
 */
export function matchesSubscription(webhook: WebhookSubscription, event: EventFacts): boolean {
  if (webhook.enabled === false) return false
  const program = event.type === PROGRAM_EVENT_TYPE
  const subscribed = program ? programMessageType(event.action) : event.action
  if (!subscribed || !list(webhook.events).includes(subscribed)) return false
  const types = list(webhook.types)
  if (!program && types.length > 0 && !types.includes(event.type)) return false
  return targets(list(webhook.stages), list(event.stages)) && targets(list(webhook.segments), list(event.segments))
}

const SEGMENT_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Segment filters hold segment slugs (`new-moms`), as content events record them. */
export function checkSegmentSlugs(value: unknown): string | true {
  const bad = (Array.isArray(value) ? value : []).filter((slug) => typeof slug !== 'string' || !SEGMENT_SLUG.test(slug))
  if (bad.length === 0) return true
  return `Use segment slugs such as 'new-moms' (lowercase letters, digits and dashes): ${bad.map((b) => `'${String(b)}'`).join(', ')} ${bad.length === 1 ? 'is' : 'are'} not.`
}
