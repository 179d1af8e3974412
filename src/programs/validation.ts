/**
 * The rules a program's schedule follows, with messages that name the track and step as editors see them
 * ("Track "Your baby", step 3 (day 14, email): …"). Pure: the Payload hook loads the facts about referenced
 * content and passes them in.
 *
 * Malformed values (a day that is not a whole number in range, a window that is not a real MM-DD date, a track slug
 * that is not slug-shaped) are refused on every save, drafts included. Completeness and consistency (days or
 * windows present, no duplicates, content on the step's channel, SMS length, segment variants) apply when publishing.
 */
import { z } from 'zod'

import { CHANNELS, type Channel } from '../taxonomy/channels'
import { TYPE_LABELS, type ContentType } from '../taxonomy/contentTypes'
import { LOCALE_NAMES, type Locale } from '../taxonomy/locales'
import { idOf } from '../utilities/idOf'
import { checkSlug } from '../validation/slug'
import { MAX_DAY_OFFSET, type SeasonWindow } from './model'

/** An SMS carries the title and one short link; the whole message must fit one SMS. */
export const SMS_MAX_LENGTH = 160
/** A link from the hospital's link shortener, e.g. "https://hosp.example/x7Kq2" (budgeted generously). */
export const SMS_LINK_LENGTH = 23
/** The longest title that still fits: title, a space, the link. */
export const SMS_MAX_TITLE_LENGTH = SMS_MAX_LENGTH - 1 - SMS_LINK_LENGTH
/** The rule in words, for messages. */
export const SMS_RULE = `an SMS carries the title and a short link (${SMS_LINK_LENGTH} characters) within ${SMS_MAX_LENGTH} characters, so titles sent by SMS may have at most ${SMS_MAX_TITLE_LENGTH} characters`

export const fitsSms = (title: string): boolean => title.trim().length > 0 && title.trim().length <= SMS_MAX_TITLE_LENGTH

/** Days per month in a leap year: a yearly window may start or end on 02-29. */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
const MONTH_DAY = /^(\d{2})-(\d{2})$/

/** Whether `value` is a real day of the year written MM-DD (e.g. "09-01"; "02-30" is not). */
export function isMonthDay(value: unknown): value is string {
  const match = typeof value === 'string' ? MONTH_DAY.exec(value) : null
  if (!match) return false
  const month = Number(match[1])
  const day = Number(match[2])
  return month >= 1 && month <= 12 && day >= 1 && day <= DAYS_IN_MONTH[month - 1]!
}

/** What the hook knows about a step's content item (its live version, every language). */
export interface StepContentFacts {
  type: ContentType
  title: Partial<Record<Locale, null | string>>
  channels: readonly Channel[]
  /** Segment variants: the segments each is for (ids), and its titles. */
  variants: ReadonlyArray<{ segments: ReadonlyArray<number | string>; title?: Partial<Record<Locale, null | string>> }>
}

export interface ProgramFacts {
  /** The step's content, by `${type}:${id}`; missing means it does not exist (any more). */
  content?: ReadonlyMap<string, StepContentFacts>
  /** Segment names by id, for messages. */
  segmentNames?: ReadonlyMap<string, string>
}

export interface ProgramProblem {
  /** The form field the problem is about, e.g. `tracks.0.steps.2.day` (for the admin to highlight). */
  path: string
  /** One sentence for the editor, starting with the track and step. */
  message: string
}

type Raw = Record<string, unknown>
const isRecord = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v)
const rows = (v: unknown): Raw[] => (Array.isArray(v) ? v.filter(isRecord) : [])
const present = (v: unknown) => v !== null && v !== undefined && v !== ''

/** A localized field read in one language (a string) or in all (`{ en, es }`). */
const text = (v: unknown): string => {
  if (typeof v === 'string') return v
  if (isRecord(v)) return String(v.en ?? v.es ?? Object.values(v).find((x) => typeof x === 'string') ?? '')
  return ''
}

export const contentKey = (type: string, id: number | string) => `${type}:${String(id)}`

/** The step's content reference as `{ type, id }`, populated or not. */
export function stepContentRef(step: Raw): { type: string; id: number | string } | null {
  const content = step.content
  if (!isRecord(content) || typeof content.relationTo !== 'string') return null
  const id = idOf(content.value)
  return id === undefined ? null : { id, type: content.relationTo }
}

const windowOf = (step: Raw): Partial<SeasonWindow> | null => {
  const w = step.window
  if (!isRecord(w) || (!present(w.from) && !present(w.to))) return null
  return { from: present(w.from) ? String(w.from) : undefined, to: present(w.to) ? String(w.to) : undefined }
}

const channelLabel = (channel: unknown) => CHANNELS.find((c) => c.value === channel)?.label ?? String(channel)

/** How an editor finds the step: `Track "Your baby", step 3 (day 14, email)`. */
export function stepLabel(track: Raw, trackIndex: number, step: Raw, stepIndex: number): string {
  const when = windowOf(step)
  const timing = present(step.day) ? `day ${String(step.day)}` : when ? `${when.from ?? '?'} to ${when.to ?? '?'}` : 'no day yet'
  const channel = present(step.channel) ? `, ${String(step.channel)}` : ''
  return `${trackLabel(track, trackIndex)}, step ${stepIndex + 1} (${timing}${channel})`
}

export const trackLabel = (track: Raw, index: number): string => {
  const name = text(track.name).trim()
  return name ? `Track "${name}"` : `Track ${index + 1}`
}

// Messages are predicates: the step's label is put in front of them.
const dayValue = z
  .number({ error: 'the day must be a number of days after day 0 (negative: before it)' })
  .int({ error: 'the day must be a whole number of days' })
  .min(-MAX_DAY_OFFSET, { error: `the day must be at most ${MAX_DAY_OFFSET} days before day 0` })
  .max(MAX_DAY_OFFSET, { error: `the day must be at most ${MAX_DAY_OFFSET} days after day 0` })
const monthDay = (end: string) =>
  z.string({ error: `the window's ${end} must be written MM-DD, e.g. 09-01` }).refine(isMonthDay, {
    error: (issue) => `the window's ${end} "${String(issue.input)}" is not a day of the year: write MM-DD with a real date, e.g. 09-01 or 02-28`,
  })

/** The shape every save must have, drafts included (empty values are allowed: a draft may be unfinished). */
const wellFormedProgram = z.object({
  tracks: z
    .array(
      z.object({
        slug: z
          .unknown()
          .superRefine((value, ctx) => {
            if (!present(value)) return
            const verdict = checkSlug(value)
            if (verdict !== true) ctx.addIssue({ code: 'custom', message: `its slug ${verdict.charAt(0).toLowerCase()}${verdict.slice(1).replace(/\.$/, '')}` })
          })
          .optional(),
        steps: z
          .array(
            z.object({
              day: dayValue.nullish(),
              window: z.object({ from: monthDay('start').nullish(), to: monthDay('end').nullish() }).nullish(),
            }),
          )
          .nullish(),
      }),
    )
    .nullish(),
})

/** Problems that refuse any save: values that are not what the field means. */
export function malformedProblems(program: Raw): ProgramProblem[] {
  const result = wellFormedProgram.safeParse({ tracks: Array.isArray(program.tracks) ? program.tracks : program.tracks ?? null })
  if (result.success) return []
  const tracks = rows(program.tracks)
  return result.error.issues.map((issue) => {
    const [, t, , s] = issue.path as Array<number | string>
    const track = tracks[Number(t)] ?? {}
    const where = typeof s === 'number' ? stepLabel(track, Number(t), rows(track.steps)[s] ?? {}, s) : trackLabel(track, Number(t))
    return { message: `${where}: ${issue.message}.`, path: issue.path.join('.') }
  })
}

const typeLabel = (type: ContentType) => TYPE_LABELS[type]?.singular.toLowerCase() ?? type

const titleOf = (facts: StepContentFacts) => facts.title.en ?? facts.title.es ?? Object.values(facts.title).find(Boolean) ?? 'untitled'

/** The titles an SMS would carry: the main text's, or the variant's where it has its own, in every language written. */
function smsTitles(facts: StepContentFacts, segment: null | string): Array<[Locale, string]> {
  const variant = segment === null ? undefined : facts.variants.find((v) => v.segments.some((s) => String(s) === segment))
  const locales = Object.keys(LOCALE_NAMES) as Locale[]
  return locales.flatMap((locale): Array<[Locale, string]> => {
    const title = variant?.title?.[locale] || facts.title[locale]
    return title ? [[locale, title]] : []
  })
}

/** Problems that refuse publishing: the schedule must be complete, unambiguous and deliverable. */
export function publishingProblems(program: Raw, facts: ProgramFacts = {}): ProgramProblem[] {
  const problems: ProgramProblem[] = []
  const seasonal = program.anchor === 'season'
  const tracks = rows(program.tracks)
  const slugs = new Map<string, number>()
  tracks.forEach((track, t) => {
    const slug = text(track.slug).trim()
    if (slug) {
      const first = slugs.get(slug)
      if (first !== undefined) {
        problems.push({
          message: `${trackLabel(track, t)}: the slug "${slug}" is already used by ${trackLabel(tracks[first]!, first).replace(/^Track/, 'track')}; automation picks tracks by slug, so each needs its own.`,
          path: `tracks.${t}.slug`,
        })
      } else slugs.set(slug, t)
    }

    const taken = new Map<string, number>()
    rows(track.steps).forEach((step, s) => {
      const at = (field: string, message: string) => problems.push({ message: `${stepLabel(track, t, step, s)}: ${message}`, path: `tracks.${t}.steps.${s}.${field}` })
      const window = windowOf(step)
      let slot: null | string = null
      if (seasonal) {
        if (present(step.day)) at('day', 'seasonal programs follow the calendar, so steps have a yearly window instead of a day: clear the day.')
        if (!window?.from || !window.to) at('window', 'give the yearly window in which this step is due, from and to (MM-DD, e.g. 09-01 to 11-30).')
        else slot = `${window.from}/${window.to}`
      } else {
        if (!present(step.day)) at('day', 'give the day this step is due (days after day 0; negative: before it).')
        else slot = String(step.day)
        if (window) at('window', 'only seasonal programs (anchor "Season") use yearly windows: clear the window, or set the anchor to Season.')
      }
      if (slot !== null && present(step.channel)) {
        const key = `${String(step.channel)}|${slot}`
        const first = taken.get(key)
        if (first !== undefined) {
          const when = seasonal ? `the window ${slot.replace('/', ' to ')}` : `day ${slot}`
          at(seasonal ? 'window' : 'day', `step ${first + 1} of this track is already due on ${when} by ${channelLabel(step.channel)}; give one of them another ${seasonal ? 'window' : 'day'} or channel.`)
        } else taken.set(key, s)
      }

      const ref = stepContentRef(step)
      if (!ref || !facts.content) return
      const content = facts.content.get(contentKey(ref.type, ref.id))
      if (!content) {
        at('content', 'the content it points at no longer exists: choose another item.')
        return
      }
      const what = `the ${typeLabel(content.type)} "${titleOf(content)}"`
      const channel = step.channel as Channel | undefined
      if (channel && !content.channels.includes(channel)) {
        at('content', `${what} is not offered on ${channelLabel(channel)}: add ${channelLabel(channel)} to its channels, or choose another channel or item.`)
      }
      const segmentId = idOf(step.segment)
      const segment = segmentId === undefined ? null : String(segmentId)
      if (segment !== null && !content.variants.some((v) => v.segments.some((x) => String(x) === segment))) {
        const name = facts.segmentNames?.get(segment)
        at('segment', `${what} has no variant for the segment ${name ? `"${name}"` : segment}: add one to the item, or clear the step's segment.`)
      }
      if (channel === 'sms') {
        const tooLong = smsTitles(content, segment).filter(([, title]) => !fitsSms(title))
        for (const [locale, title] of tooLong) {
          at('content', `${what} does not fit an SMS: ${SMS_RULE}, and its ${LOCALE_NAMES[locale]} title has ${title.trim().length}. Shorten the title, or send it by another channel.`)
        }
      }
    })
  })
  return problems
}

/** Every problem with the program as it would be stored; publishing adds the completeness rules. */
export function programProblems(program: Raw, { publishing, ...facts }: ProgramFacts & { publishing: boolean }): ProgramProblem[] {
  const malformed = malformedProblems(program)
  return publishing ? [...malformed, ...publishingProblems(program, facts)] : malformed
}

const windowStart = (step: Raw) => windowOf(step)?.from ?? '99-99'

/**
 * The steps of each track in schedule order: by day (steps without one last), seasonal steps by the start of their
 * window; steps due together keep the order the editor gave them. Returns the tracks unchanged when already sorted.
 */
export function sortSteps<T>(tracks: T, seasonal: boolean): T {
  if (!Array.isArray(tracks)) return tracks
  return tracks.map((track) => {
    if (!isRecord(track) || !Array.isArray(track.steps)) return track
    const key = (step: unknown) => (isRecord(step) ? (seasonal ? windowStart(step) : typeof step.day === 'number' ? step.day : Number.POSITIVE_INFINITY) : Number.POSITIVE_INFINITY)
    const sorted = [...track.steps].map((step, i) => ({ i, key: key(step), step }))
    sorted.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.i - b.i))
    return { ...track, steps: sorted.map((x) => x.step) }
  }) as T
}
