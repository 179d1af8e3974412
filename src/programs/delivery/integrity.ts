/**
 * Whether a program step can be served: its content must be live, current (not an ended event, not withheld for a
 * lapsed medical review), published on the step's channel and written in the language asked. Pure: the glue passes
 * what it knows of the content.
 */
import { hasEnded, hasLapsedReview } from '../../personalization/availability'
import type { AvailabilityOptions, DeliveryItem, RemovalReason } from '../../personalization/types'
import { CHANNELS, type Channel } from '../../taxonomy/channels'
import { TYPE_LABELS, type ContentType } from '../../taxonomy/contentTypes'
import { LOCALE_NAMES, type Locale } from '../../taxonomy/locales'
import { trackName, type DeliveryProgram, type DeliveryProgramStep } from './types'

export const BROKEN_REASONS = ['no-content', 'unpublished', 'deleted', 'ended', 'review-lapsed', 'not-on-channel', 'no-translation'] as const
export type BrokenReason = (typeof BROKEN_REASONS)[number]

/** What is known of a step's content: the live item, or why there is none. */
export interface StepContent {
  item?: DeliveryItem
  removal?: RemovalReason
  /** For messages when the item is not live: its last known title or slug. */
  title?: string | null
  slug?: string | null
}

export type StepStatus = { status: 'ok' } | { status: 'broken'; reason: BrokenReason; message: string }

const OK: StepStatus = { status: 'ok' }
const channelName = (channel: Channel) => CHANNELS.find((c) => c.value === channel)?.label ?? channel

function named(type: ContentType, content: StepContent, locale: Locale): string {
  const title = content.item?.locales[locale]?.title ?? content.item?.locales.en?.title ?? content.item?.locales.es?.title ?? content.title ?? content.slug
  const kind = TYPE_LABELS[type].singular.toLowerCase()
  return title ? `the ${kind} "${title}"` : `its ${kind}`
}

const broken = (reason: BrokenReason, message: string): StepStatus => ({ message, reason, status: 'broken' })

/** The one place that decides whether a step is broken, with a reason code and a sentence an editor can act on. */
export function stepStatus(step: Pick<DeliveryProgramStep, 'channel' | 'content'>, content: StepContent, locale: Locale, availability: AvailabilityOptions): StepStatus {
  if (!step.content) return broken('no-content', 'The step has no content: choose an article, pamphlet, video or event.')
  const what = named(step.content.type, content, locale)
  const { item } = content
  if (!item) {
    if (content.removal === 'deleted') return broken('deleted', `${capital(what)} was deleted: choose other content for this step.`)
    if (content.removal === 'expired') return broken('ended', `${capital(what)} has ended: choose a later event or other content.`)
    return broken('unpublished', `${capital(what)} is not published: publish it or choose other content.`)
  }
  if (hasEnded(item, availability.now)) return broken('ended', `${capital(what)} has ended: choose a later event or other content.`)
  if (availability.withholdLapsedReviews && hasLapsedReview(item, availability.now, availability.maxReviewAgeMonths)) {
    return broken('review-lapsed', `${capital(what)} is withheld until its medical review is renewed.`)
  }
  if (!item.channels.includes(step.channel)) {
    return broken('not-on-channel', `${capital(what)} is not published to ${channelName(step.channel)}: add that channel to it or change the step's channel.`)
  }
  if (!item.locales[locale]) {
    return broken('no-translation', `${capital(what)} has no ${LOCALE_NAMES[locale]} text: translate it or choose other content.`)
  }
  return OK
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

export interface StepReport {
  track: string
  trackName: string
  /** Index in the track, from 0. */
  step: number
  day: number | null
  window: { from: string; to: string } | null
  channel: Channel
  content: { type: ContentType; id: string; title: string | null; slug: string | null } | null
  status: 'ok' | 'broken'
  reason?: BrokenReason
  message?: string
}

export interface IntegrityReport {
  broken: number
  steps: StepReport[]
}

/** Every step of a program checked in one language; `lookup` tells what is known of a step's content. */
export function programIntegrity(
  program: DeliveryProgram,
  locale: Locale,
  lookup: (content: { type: ContentType; id: string }) => StepContent,
  availability: AvailabilityOptions,
): IntegrityReport {
  const steps: StepReport[] = []
  for (const track of program.tracks) {
    for (const step of track.steps) {
      const content = step.content ? lookup(step.content) : {}
      const status = stepStatus(step, content, locale, availability)
      const title = content.item?.locales[locale]?.title ?? content.item?.locales.en?.title ?? content.item?.locales.es?.title ?? content.title ?? null
      steps.push({
        channel: step.channel,
        content: step.content ? { ...step.content, slug: content.item?.slug ?? content.slug ?? null, title } : null,
        day: step.day,
        step: step.index,
        track: track.slug,
        trackName: trackName(track, locale),
        window: step.window,
        ...status,
      })
    }
  }
  return { broken: steps.filter((s) => s.status === 'broken').length, steps }
}

/** How a step is named to an editor: `"Your baby" step 3 (day 14, email)`. */
export function stepLabel(step: Pick<StepReport, 'channel' | 'day' | 'step' | 'trackName' | 'window'>): string {
  const when = step.day !== null ? `day ${step.day}` : step.window ? `${step.window.from} to ${step.window.to}` : 'no day'
  return `"${step.trackName}" step ${step.step + 1} (${when}, ${step.channel})`
}

/** The broken steps in every language the program is offered in (a step broken in two languages is listed twice). */
export function brokenInEveryLocale(
  program: DeliveryProgram,
  locales: readonly Locale[],
  lookup: Parameters<typeof programIntegrity>[2],
  availability: AvailabilityOptions,
): Array<StepReport & { locale: Locale }> {
  return locales.flatMap((locale) =>
    programIntegrity(program, locale, lookup, availability).steps.flatMap((step) => (step.status === 'broken' ? [{ ...step, locale }] : [])),
  )
}
