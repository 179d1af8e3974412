import type { ContentType } from '../taxonomy/contentTypes'
import { CONTENT_TYPES } from '../taxonomy/contentTypes'
import { JOURNEY_STAGES, type JourneyStage } from '../taxonomy/journeyStages'

/** The column of items aimed at no segment: delivery serves them to everyone. */
export const EVERYONE = 'everyone' as const

/** How many published items of one type sit in one stage × segment cell (segment null = everyone). */
export interface CoverageCount {
  type: ContentType
  stage: string
  segment: null | string
  count: number
}

/** An item reduced to what the matrix needs (the scan path, for databases without SQL). */
export interface CoverageItem {
  stages?: null | readonly string[]
  segments?: null | readonly unknown[]
}

export interface SegmentColumn {
  /** A segment id, or `everyone`. */
  id: string
  label: string
}

export interface CoverageCell {
  stage: JourneyStage
  segment: SegmentColumn
  count: number
  byType: Record<ContentType, number>
  empty: boolean
}

export interface CoverageRow {
  stage: JourneyStage
  label: string
  description: string
  cells: CoverageCell[]
  /** The type with the most published items in this stage (the list an empty cell links to). */
  usualType: ContentType
}

export interface CoverageMatrix {
  columns: SegmentColumn[]
  rows: CoverageRow[]
  emptyCells: number
  totalCells: number
}

const idOf = (ref: unknown): null | string =>
  ref === null || ref === undefined ? null : typeof ref === 'object' ? (((ref as { id?: unknown }).id ?? null) === null ? null : String((ref as { id: unknown }).id)) : String(ref)

/** Counts cells from plain items: an item counts once in every stage it has × every segment it targets (or everyone). */
export function countCoverage(type: ContentType, items: readonly CoverageItem[]): CoverageCount[] {
  const counts = new Map<string, CoverageCount>()
  for (const item of items) {
    const segments = [...new Set((item.segments ?? []).map(idOf).filter((s): s is string => s !== null))]
    for (const stage of new Set(item.stages ?? [])) {
      for (const segment of segments.length ? segments : [null]) {
        const key = `${stage}\u0000${segment ?? ''}`
        const cell = counts.get(key) ?? { count: 0, segment, stage, type }
        cell.count += 1
        counts.set(key, cell)
      }
    }
  }
  return [...counts.values()]
}

const zeroByType = (): Record<ContentType, number> => Object.fromEntries(CONTENT_TYPES.map((t) => [t, 0])) as Record<ContentType, number>

/**
 * The journey coverage matrix: the five stages × every segment plus everyone, each cell the number of
 * published items (by type and in all), empty cells marked. Counts for unknown stages or deleted
 * segments are ignored.
 */
export function coverageMatrix(counts: readonly CoverageCount[], segments: readonly { id: number | string; name: string }[]): CoverageMatrix {
  const columns: SegmentColumn[] = [...segments.map((s) => ({ id: String(s.id), label: s.name })), { id: EVERYONE, label: 'Everyone (no segment)' }]
  const cells = new Map<string, Record<ContentType, number>>()
  for (const c of counts) {
    const key = `${c.stage}\u0000${c.segment === null ? EVERYONE : String(c.segment)}`
    const byType = cells.get(key) ?? zeroByType()
    byType[c.type] += Number(c.count)
    cells.set(key, byType)
  }
  const rows = JOURNEY_STAGES.map(({ description, label, value: stage }) => {
    const rowCells = columns.map((segment) => {
      const byType = cells.get(`${stage}\u0000${segment.id}`) ?? zeroByType()
      const count = CONTENT_TYPES.reduce((sum, t) => sum + byType[t], 0)
      return { byType, count, empty: count === 0, segment, stage }
    })
    const perType = CONTENT_TYPES.map((t) => ({ t, n: rowCells.reduce((sum, c) => sum + c.byType[t], 0) }))
    // Ties (an empty row included) go to the first type listed: articles.
    const usualType = perType.reduce((best, x) => (x.n > best.n ? x : best)).t
    return { cells: rowCells, description, label, stage, usualType }
  })
  const all = rows.flatMap((r) => r.cells)
  return { columns, emptyCells: all.filter((c) => c.empty).length, rows, totalCells: all.length }
}
