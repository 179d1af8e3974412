/**
 * What the admin's timeline shows: tracks as rows, time along the axis (each day that has a step, with day 0 always
 * shown; for seasonal programs, the twelve months), each step a card with its content, channel and status. Pure: the
 * client component reads the form and the integrity endpoint and renders this.
 */
import { CHANNELS } from '../taxonomy/channels'
import { TYPE_LABELS, isContentType } from '../taxonomy/contentTypes'
import { idOf } from '../utilities/idOf'
import { isMonthDay } from './validation'

/** One step as the delivery engineer's staff endpoint reports it (`GET /api/programs/{id}/integrity`). */
export interface IntegrityStep {
  track: string
  trackName?: string
  step: number
  day: null | number
  window: null | { from: string; to: string }
  channel: string
  content: null | { type: string; id: number | string; title: string; slug?: string }
  status: 'broken' | 'ok'
  reason?: string
  message?: string
}

export interface IntegrityReport {
  broken: number
  steps: IntegrityStep[]
}

export type StepStatus = 'broken' | 'ok' | 'unknown'

export interface TimelineCard {
  key: string
  /** 1-based, as the form numbers the rows. */
  number: number
  title: string
  typeLabel: string
  channel: string
  channelLabel: string
  when: string
  status: StepStatus
  /** Why the step is broken, in plain words. */
  message?: string
  note?: string
}

export interface TimelineColumn {
  key: string
  label: string
  /** Day 0 (the anchor). */
  anchor?: boolean
}

export interface TimelineRow {
  name: string
  slug: string
  /** Per column (same order as `columns`), the cards due there. */
  cells: TimelineCard[][]
  /** Seasonal programs: the months each step's window covers, by card key (column indexes). */
  spans?: Record<string, number[]>
}

export interface Timeline {
  seasonal: boolean
  columns: TimelineColumn[]
  rows: TimelineRow[]
  /** Steps not placed yet (no day or window): they sit in a last column, "Not scheduled". */
  unscheduled: number
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

type Raw = Record<string, any>

/** "Day 14", "Day 0", "60 days before" — as the axis reads. */
export function dayLabel(day: number): string {
  if (day === 0) return 'Day 0'
  if (day < 0) return `${-day} day${day === -1 ? '' : 's'} before`
  return `Day ${day}`
}

/** Month indexes (0–11) a yearly window covers, wrapping over the year end (11-15 → 02-28: Nov, Dec, Jan, Feb). */
export function monthsCovered(from: string, to: string): number[] {
  const start = Number(from.slice(0, 2)) - 1
  const end = Number(to.slice(0, 2)) - 1
  const wraps = end < start || (end === start && to < from)
  const count = wraps ? 12 - start + end + 1 : end - start + 1
  return Array.from({ length: Math.min(count, 12) }, (_, i) => (start + i) % 12)
}

const titleOf = (value: unknown): string | undefined => {
  if (typeof value === 'string' && value.trim()) return value
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>
    return [v.en, v.es].find((t): t is string => typeof t === 'string' && t.trim() !== '')
  }
  return undefined
}

/**
 * Lays out a program (as the form holds it) with the integrity report, when there is one. `titles` names content the
 * report does not cover (keyed `type:id`). A report row is used for a step only when it points at the same content,
 * so unsaved edits show as unknown rather than with a stale status.
 */
export function buildTimeline(program: Raw, integrity: IntegrityReport | null, titles: ReadonlyMap<string, string> = new Map()): Timeline {
  const seasonal = program.anchor === 'season'
  const tracks: Raw[] = Array.isArray(program.tracks) ? program.tracks : []
  let unscheduled = 0

  const days = new Set<number>([0])
  if (!seasonal) for (const t of tracks) for (const s of (t.steps ?? []) as Raw[]) if (typeof s.day === 'number' && Number.isInteger(s.day)) days.add(s.day)
  const dayColumns = [...days].sort((a, b) => a - b)
  const columns: TimelineColumn[] = seasonal
    ? MONTHS.map((label, i) => ({ key: `m${i + 1}`, label }))
    : dayColumns.map((day) => ({ anchor: day === 0, key: `d${day}`, label: dayLabel(day) }))

  const rows = tracks.map((track, t): TimelineRow & { waiting: TimelineCard[] } => {
    const slug = String(track.slug ?? '')
    const cells: TimelineCard[][] = columns.map(() => [])
    const waiting: TimelineCard[] = []
    const spans: Record<string, number[]> = {}
    ;((track.steps ?? []) as Raw[]).forEach((step, s) => {
      const type = String(step.content?.relationTo ?? '')
      const id = idOf(step.content?.value)
      const report = integrity?.steps.find((r) => r.track === slug && r.step === s)
      const sameContent = report?.content && id !== undefined && report.content.type === type && String(report.content.id) === String(id)
      const status: StepStatus = report && (sameContent || (!report.content && id === undefined)) ? report.status : 'unknown'
      const channel = String(step.channel ?? '')
      const window = step.window as Raw | null | undefined
      const hasWindow = isMonthDay(window?.from) && isMonthDay(window?.to)
      const card: TimelineCard = {
        channel,
        channelLabel: CHANNELS.find((c) => c.value === channel)?.label ?? (channel || 'No channel'),
        key: `${t}-${s}-${String(step.id ?? '')}`,
        message: status === 'broken' ? (report?.message ?? report?.reason) : undefined,
        note: typeof step.note === 'string' && step.note ? step.note : undefined,
        number: s + 1,
        status,
        title: (sameContent ? report!.content!.title : undefined) ?? titleOf(step.content?.value?.title) ?? (id !== undefined ? titles.get(`${type}:${String(id)}`) : undefined) ?? (id !== undefined ? `${type} ${String(id)}` : 'No content chosen'),
        typeLabel: isContentType(type) ? TYPE_LABELS[type].singular : 'Content',
        when: seasonal ? (hasWindow ? `${String(window!.from)} → ${String(window!.to)}` : 'No window yet') : typeof step.day === 'number' ? dayLabel(step.day) : 'No day yet',
      }
      if (seasonal && hasWindow) {
        const months = monthsCovered(String(window!.from), String(window!.to))
        spans[card.key] = months
        cells[months[0]!]!.push(card)
      } else if (!seasonal && typeof step.day === 'number' && days.has(step.day)) {
        cells[dayColumns.indexOf(step.day)]!.push(card)
      } else {
        unscheduled += 1
        waiting.push(card)
      }
    })
    return { cells, name: titleOf(track.name) ?? `Track ${t + 1}`, slug, waiting, ...(seasonal ? { spans } : {}) }
  })
  if (unscheduled) columns.push({ key: 'unscheduled', label: 'Not scheduled' })
  return { columns, rows: rows.map(({ waiting, ...row }) => (unscheduled ? { ...row, cells: [...row.cells, waiting] } : row)), seasonal, unscheduled }
}

/** The step content ids a timeline needs titles for (those the report does not name), by type. */
export function contentToName(program: Raw): Map<string, Set<string>> {
  const wanted = new Map<string, Set<string>>()
  for (const track of (Array.isArray(program.tracks) ? program.tracks : []) as Raw[]) {
    for (const step of (track.steps ?? []) as Raw[]) {
      const type = step.content?.relationTo
      const id = idOf(step.content?.value)
      if (isContentType(type) && id !== undefined) wanted.set(type, (wanted.get(type) ?? new Set()).add(String(id)))
    }
  }
  return wanted
}
