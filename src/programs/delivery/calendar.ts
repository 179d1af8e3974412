/** Calendar arithmetic for seasonal programs: yearly windows "MM-DD"–"MM-DD" that may wrap the year end. */
import type { SeasonWindow } from '../model'

const MONTH_DAY = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000

/** "MM-DD" as a sortable number (1015 for 10-15), or null when it is not one. */
export function monthDay(value: string | null | undefined): number | null {
  const match = MONTH_DAY.exec(value ?? '')
  return match ? Number(match[1]) * 100 + Number(match[2]) : null
}

/** A "YYYY-MM-DD" calendar date as UTC midnight, or null when it is not a real date. */
export function parseCalendarDate(value: string): Date | null {
  const match = CALENDAR_DATE.exec(value)
  if (!match) return null
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]) ? date : null
}

export const isoDate = (date: Date) => date.toISOString().slice(0, 10)

/** Whether a yearly window holds this date; a window whose `to` comes before its `from` runs over the year end. */
export function inWindow(window: SeasonWindow, date: Date): boolean {
  const from = monthDay(window.from)
  const to = monthDay(window.to)
  if (from === null || to === null) return false
  const md = (date.getUTCMonth() + 1) * 100 + date.getUTCDate()
  return from <= to ? md >= from && md <= to : md >= from || md <= to
}

/** The first of `days` dates from `start` that falls in the window, or null. */
export function firstDateInWindow(window: SeasonWindow, start: Date, days: number): Date | null {
  for (let i = 0; i < days; i++) {
    const date = new Date(start.getTime() + i * DAY_MS)
    if (inWindow(window, date)) return date
  }
  return null
}
