/** What a nurture program is made of. No Payload imports: the collection, validation and delivery share these. */
import type { Channel } from '../taxonomy/channels'
import type { ContentType } from '../taxonomy/contentTypes'

/** What day 0 of a program means. Automation computes the day number itself: Carepath never sees the date. */
export const PROGRAM_ANCHORS = [
  { label: 'Enrollment (the day the person joins)', value: 'enrollment' },
  { label: 'Due date', value: 'dueDate' },
  { label: 'Birth', value: 'birth' },
  { label: 'Discharge', value: 'discharge' },
  { label: 'Visit', value: 'visit' },
  { label: 'Season (calendar windows, no day numbers)', value: 'season' },
] as const

export type ProgramAnchor = (typeof PROGRAM_ANCHORS)[number]['value']

/** Channels a step can be sent on (the content's own channels must include it). */
export const STEP_CHANNELS: readonly Channel[] = ['email', 'sms', 'portal', 'web']

/** Day offsets allowed: about two years either side of the anchor. */
export const MAX_DAY_OFFSET = 730

/** A yearly window "MM-DD"–"MM-DD"; `to` before `from` wraps the year end (e.g. 11-15 → 02-28). */
export interface SeasonWindow {
  from: string
  to: string
}

export interface ProgramStep {
  /** Days after the anchor (negative: before it). Absent in seasonal programs. */
  day?: null | number
  window?: null | Partial<SeasonWindow>
  content: { relationTo: ContentType; value: number | string }
  channel: Channel
  /** Serve the content's variant for this segment (its id). */
  segment?: null | number | string
  note?: null | string
}

export interface ProgramTrack {
  name: string
  slug: string
  description?: null | string
  steps: ProgramStep[]
}
