/**
 * What automation may ask of a program: track slugs, a day number it computed itself (or, for seasonal programs, a
 * calendar date), a window of days, a language and a channel. Nothing about a person: extra parameters are refused,
 * and the messages never repeat a value.
 */
import { DeliveryInputError } from '../../personalization/errors'
import { detectIdentifier, isPlainName, SLUG_PATTERN } from '../../privacy/profile'
import { CHANNELS, type Channel } from '../../taxonomy/channels'
import { LOCALES, type Locale } from '../../taxonomy/locales'
import { MAX_DAY_OFFSET } from '../model'
import { parseCalendarDate } from './calendar'

export const MAX_STEP_WINDOW = 31
export const MAX_TRACKS = 20
export const STEP_QUERY_PARAMETERS = ['tracks', 'day', 'window', 'date', 'locale', 'channel'] as const

export interface StepQuery {
  tracks?: string[]
  day?: number
  /** Seasonal programs: the first calendar date asked for (UTC midnight). */
  date?: Date
  /** How many days from `day` (or `date`), 1 to MAX_STEP_WINDOW. */
  window: number
  locale: Locale
  channel?: Channel
}

export interface StepQueryInput {
  tracks?: unknown
  day?: unknown
  window?: unknown
  date?: unknown
  locale?: unknown
  channel?: unknown
}

const NO_IDENTIFIERS =
  'programs take only tracks, day, window, date, locale and channel, never anything about a person (no dates of birth, due dates, visit dates, names, emails or record numbers)'

const integer = (value: unknown): number | null => {
  const number = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value
  return typeof number === 'number' && Number.isInteger(number) ? number : null
}

/** Refuses parameters other than the ones a step query takes, saying what they look like but never their value. */
export function refuseUnknownParameters(names: Iterable<string>): void {
  const problems: string[] = []
  for (const name of names) {
    if ((STEP_QUERY_PARAMETERS as readonly string[]).includes(name)) continue
    const looksLike = detectIdentifier(name)
    const shown = isPlainName(name) ? `"${name}"` : 'A parameter (its name is not shown because it may contain personal data)'
    problems.push(`${shown} is not accepted${looksLike ? ` (it looks like ${looksLike})` : ''}`)
  }
  if (problems.length) throw new DeliveryInputError(`${problems.join('; ')}: ${NO_IDENTIFIERS}.`)
}

/** Validates a step query; `seasonal` programs take `date`, the others `day`. */
export function parseStepQuery(input: StepQueryInput, seasonal: boolean): StepQuery {
  const query: StepQuery = { locale: 'en', window: 1 }
  if (input.tracks !== undefined && input.tracks !== null) {
    const tracks = typeof input.tracks === 'string' ? input.tracks.split(',').map((t) => t.trim()).filter(Boolean) : input.tracks
    if (!Array.isArray(tracks) || tracks.length > MAX_TRACKS || tracks.some((t) => typeof t !== 'string' || t.length > 64 || !SLUG_PATTERN.test(t))) {
      throw new DeliveryInputError(`tracks must be track slugs such as "baby" or "mom" (at most ${MAX_TRACKS}); ${NO_IDENTIFIERS}.`)
    }
    query.tracks = [...new Set(tracks as string[])]
  }
  if (input.window !== undefined && input.window !== null) {
    const window = integer(input.window)
    if (window === null || window < 1 || window > MAX_STEP_WINDOW) throw new DeliveryInputError(`window must be a whole number of days from 1 to ${MAX_STEP_WINDOW}.`)
    query.window = window
  }
  if (input.locale !== undefined && input.locale !== null) {
    if (!(LOCALES as readonly unknown[]).includes(input.locale)) throw new DeliveryInputError(`locale must be one of ${LOCALES.join(', ')}.`)
    query.locale = input.locale as Locale
  }
  if (input.channel !== undefined && input.channel !== null) {
    const channels = CHANNELS.map((c) => c.value as string)
    if (!channels.includes(input.channel as string)) throw new DeliveryInputError(`channel must be one of ${channels.join(', ')}.`)
    query.channel = input.channel as Channel
  }
  const hasDay = input.day !== undefined && input.day !== null
  const hasDate = input.date !== undefined && input.date !== null
  if (seasonal) {
    if (hasDay) throw new DeliveryInputError('This is a seasonal program: send date (a calendar date such as 2026-10-01), not day.')
    const date = typeof input.date === 'string' ? parseCalendarDate(input.date) : null
    if (!date) throw new DeliveryInputError('date must be a calendar date written YYYY-MM-DD (the day of the send, never a date about a person).')
    query.date = date
  } else {
    if (hasDate) throw new DeliveryInputError("This program counts days from its day 0: send day (the day number your tool computed), not date.")
    const day = integer(input.day)
    if (day === null || Math.abs(day) > MAX_DAY_OFFSET) {
      throw new DeliveryInputError(`day must be a whole number from -${MAX_DAY_OFFSET} to ${MAX_DAY_OFFSET}: the day number your tool computes from the program's day 0 (never a date).`)
    }
    query.day = day
  }
  return query
}
