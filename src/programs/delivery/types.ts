/** Programs as delivery holds them: plain data filled from published (or draft) Payload documents by the glue. */
import type { Channel } from '../../taxonomy/channels'
import type { ContentType } from '../../taxonomy/contentTypes'
import type { JourneyStage } from '../../taxonomy/journeyStages'
import type { Locale } from '../../taxonomy/locales'
import type { ProgramAnchor, SeasonWindow } from '../model'

export interface DeliveryProgramStep {
  /** Position in its track, from 0: how automation and the admin name a step. */
  index: number
  day: number | null
  window: SeasonWindow | null
  channel: Channel
  /** Segment slug whose variant is served, or null for the main text. */
  segment: string | null
  content: { type: ContentType; id: string } | null
}

export interface DeliveryProgramTrack {
  slug: string
  name: Partial<Record<Locale, string>>
  description: Partial<Record<Locale, string>>
  steps: DeliveryProgramStep[]
}

export interface DeliveryProgram {
  id: string
  slug: string
  /** A language is one the program is offered in when the program has a name in it. */
  name: Partial<Record<Locale, string>>
  summary: Partial<Record<Locale, string>>
  anchor: ProgramAnchor
  stages: JourneyStage[]
  /** Segment and condition slugs. */
  segments: string[]
  conditions: string[]
  updatedAt: string
  tracks: DeliveryProgramTrack[]
}

export const programLocales = (program: Pick<DeliveryProgram, 'name'>): Locale[] =>
  (Object.keys(program.name) as Locale[]).filter((locale) => Boolean(program.name[locale]))

export const trackName = (track: Pick<DeliveryProgramTrack, 'name' | 'slug'>, locale: Locale) => track.name[locale] ?? track.name.en ?? track.name.es ?? track.slug
