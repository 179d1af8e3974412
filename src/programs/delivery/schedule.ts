/**
 * Which steps of a program are due for a day (or calendar date) and window, and what each delivers. A step whose
 * content cannot be served is never sent empty: it is listed as skipped with the reason.
 */
import { serveText } from '../../personalization/servedText'
import type { AvailabilityOptions, DeliveryItem, Locale, ServedText } from '../../personalization/types'
import type { Channel } from '../../taxonomy/channels'
import { isoDate, firstDateInWindow } from './calendar'
import { ProgramNotFound } from './errors'
import { stepStatus, type BrokenReason, type StepContent } from './integrity'
import type { StepQuery } from './stepQuery'
import { programLocales, trackName, type DeliveryProgram, type DeliveryProgramStep, type DeliveryProgramTrack } from './types'

export interface StepPlace {
  track: string
  trackName: string
  /** Index in the track, from 0. */
  step: number
  day: number | null
  /** Seasonal programs: the first date asked for that falls in the step's window. */
  dueOn: string | null
  channel: Channel
  segment: string | null
}

export interface DueStep extends StepPlace {
  item: DeliveryItem
  served: ServedText
}

export interface SkippedStep extends StepPlace {
  reason: BrokenReason
  message: string
}

export interface ProgramStepsAnswer {
  program: DeliveryProgram
  /** The language the program is served in: the one asked, or the program's own when it is not offered in it. */
  locale: Locale
  localeFallback: boolean
  due: DueStep[]
  skipped: SkippedStep[]
}

/** The program's language for a request: the one asked when the program is offered in it. */
export function programLocale(program: DeliveryProgram, asked: Locale): { locale: Locale; localeFallback: boolean } {
  const offered = programLocales(program)
  if (offered.includes(asked) || offered.length === 0) return { locale: asked, localeFallback: false }
  return { locale: offered[0]!, localeFallback: true }
}

/** The tracks asked for, in the program's order; an unknown slug is named in a 404. */
export function selectTracks(program: DeliveryProgram, slugs: readonly string[] | undefined): DeliveryProgramTrack[] {
  if (!slugs?.length) return program.tracks
  const unknown = slugs.filter((slug) => !program.tracks.some((track) => track.slug === slug))
  if (unknown.length) {
    const known = program.tracks.map((t) => t.slug).join(', ')
    throw new ProgramNotFound(`The program "${program.slug}" has no track ${unknown.map((s) => `"${s}"`).join(', ')} (its tracks: ${known}).`)
  }
  return program.tracks.filter((track) => slugs.includes(track.slug))
}

function dueOn(step: DeliveryProgramStep, query: StepQuery): { due: boolean; dueOn: string | null } {
  if (query.date) {
    if (!step.window) return { due: false, dueOn: null }
    const date = firstDateInWindow(step.window, query.date, query.window)
    return { due: date !== null, dueOn: date ? isoDate(date) : null }
  }
  const day = query.day ?? 0
  return { due: step.day !== null && step.day >= day && step.day < day + query.window, dueOn: null }
}

/**
 * The steps due in the window, across the tracks asked for, ordered by day (or date), then track, then position.
 * `onlyChannel` restricts what the caller may read (anonymous callers: the web).
 */
export function programSteps(
  program: DeliveryProgram,
  query: StepQuery,
  lookup: (content: { type: DeliveryItem['type']; id: string }) => StepContent,
  availability: AvailabilityOptions,
  onlyChannel?: Channel,
): ProgramStepsAnswer {
  const { locale, localeFallback } = programLocale(program, query.locale)
  const found: Array<{ when: number | string; due?: DueStep; skipped?: SkippedStep }> = []
  for (const track of selectTracks(program, query.tracks)) {
    for (const step of track.steps) {
      if (query.channel && step.channel !== query.channel) continue
      if (onlyChannel && step.channel !== onlyChannel) continue
      const when = dueOn(step, query)
      if (!when.due) continue
      const place: StepPlace = { channel: step.channel, day: step.day, dueOn: when.dueOn, segment: step.segment, step: step.index, track: track.slug, trackName: trackName(track, locale) }
      const content = step.content ? lookup(step.content) : {}
      const status = stepStatus(step, content, locale, availability)
      const sortKey = when.dueOn ?? step.day ?? 0
      if (status.status === 'broken') found.push({ skipped: { ...place, message: status.message, reason: status.reason }, when: sortKey })
      else found.push({ due: { ...place, item: content.item!, served: serveText(content.item!, query.locale, step.segment ? [step.segment] : [])! }, when: sortKey })
    }
  }
  // Stable: equal days keep the order of tracks asked and positions in them.
  found.sort((a, b) => (a.when < b.when ? -1 : a.when > b.when ? 1 : 0))
  return {
    due: found.flatMap((f) => (f.due ? [f.due] : [])),
    locale,
    localeFallback,
    program,
    skipped: found.flatMap((f) => (f.skipped ? [f.skipped] : [])),
  }
}
