/**
 * The in-memory index of published content that delivery queries read instead of the database.
 * Posting lists (condition, stage, segment, channel, type → indexed entries) let a query touch its candidates only;
 * a list kept in feed order (updatedAt, type, id) serves cursor pages by binary search; a bounded tombstone log
 * tells feed consumers what was removed. Fill it with `upsertMany` at start-up, then `upsert`/`remove` per publish.
 * The index keeps the item objects it is given: replace, never mutate them.
 */
import { ConditionGraph } from './conditionGraph'
import { DeliveryInputError } from './errors'
import { hasEnded } from './availability'
import type { Channel, ConditionNode, ContentType, DeliveryItem, IndexedEntry, JourneyStage, RemovalReason, Tombstone } from './types'

export type { IndexedEntry } from './types'

export type PostingDimension = 'condition' | 'stage' | 'segment' | 'channel' | 'type'

/** The segment posting key for items with `segments: []`, which are for everyone. */
export const EVERYONE = ''

/** One item changed: `entry` is how the index holds it now, undefined when it left (unpublished, deleted, expired). */
export interface ItemChange {
  key: string
  entry: IndexedEntry | undefined
}


/** A tombstone plus the removed item's targeting, so a filtered feed reports only removals it could have shown. */
export interface TombstoneRecord {
  readonly key: string
  readonly tombstone: Tombstone
  readonly removedMs: number
  readonly stages: readonly JourneyStage[]
  readonly segments: readonly string[]
  readonly channels: readonly Channel[]
}

/** A place in feed order. Items sort before tombstones at the same (time, type, id). */
export interface FeedPosition {
  time: number
  type: ContentType
  id: string
  kind: 'item' | 'tombstone'
}

export interface DeliveryIndexOptions {
  /** Clock for tombstone times and retention; tests pass a fixed one. */
  clock?: () => Date
  /** Tombstones kept at most (oldest dropped first). Default 50,000. */
  maxTombstones?: number
  /** Tombstones older than this are dropped. Default 30 days. */
  tombstoneRetentionDays?: number
}

const DAY_MS = 86_400_000

export const itemKey = (type: ContentType, id: string): string => `${type}/${id}`

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Feed order: time ascending, then type, then id, then items before tombstones. */
export function compareFeedPositions(a: FeedPosition, b: FeedPosition): number {
  return (
    a.time - b.time ||
    compareText(a.type, b.type) ||
    compareText(a.id, b.id) ||
    (a.kind === b.kind ? 0 : a.kind === 'item' ? -1 : 1)
  )
}

/** Feed order of two indexed items (no allocation, for hot loops). */
export const compareEntries = (a: IndexedEntry, b: IndexedEntry): number =>
  a.updatedMs - b.updatedMs || compareText(a.item.type, b.item.type) || compareText(a.item.id, b.item.id)

export const entryPosition = (entry: IndexedEntry): FeedPosition => ({
  time: entry.updatedMs,
  type: entry.item.type,
  id: entry.item.id,
  kind: 'item',
})

export const tombstonePosition = (record: TombstoneRecord): FeedPosition => ({
  time: record.removedMs,
  type: record.tombstone.type,
  id: record.tombstone.id,
  kind: 'tombstone',
})

/** Index of the first element strictly after `position` in a list sorted by feed order. */
export function firstAfter<T>(list: readonly T[], position: FeedPosition, positionOf: (value: T) => FeedPosition): number {
  let low = 0
  let high = list.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (compareFeedPositions(positionOf(list[mid]!), position) <= 0) low = mid + 1
    else high = mid
  }
  return low
}

function insertSorted<T>(list: T[], value: T, positionOf: (value: T) => FeedPosition): void {
  list.splice(firstAfter(list, positionOf(value), positionOf), 0, value)
}

function removeSorted<T>(list: T[], value: T, positionOf: (value: T) => FeedPosition): void {
  const at = firstAfter(list, positionOf(value), positionOf) - 1
  if (at >= 0 && list[at] === value) list.splice(at, 1)
}

const optionalTime = (value: string | null): number => (value ? Date.parse(value) : Number.NaN)

function parseTime(value: string, what: string): number {
  const ms = Date.parse(value)
  if (Number.isNaN(ms)) throw new DeliveryInputError(`${what} is not an ISO date-time (for example 2025-03-01T12:00:00.000Z)`)
  return ms
}

export class DeliveryIndex {
  private readonly entries = new Map<string, IndexedEntry>()
  /** `type/slug` → item key: detail pages look items up by slug. */
  private readonly slugs = new Map<string, string>()
  private readonly postingLists: Record<PostingDimension, Map<string, Set<IndexedEntry>>> = {
    condition: new Map(),
    stage: new Map(),
    segment: new Map(),
    channel: new Map(),
    type: new Map(),
  }
  private readonly byFeedOrder: IndexedEntry[] = []
  private readonly tombstoneLog: TombstoneRecord[] = []
  private readonly tombstonesByKey = new Map<string, TombstoneRecord>()
  private readonly clock: () => Date
  private readonly maxTombstones: number
  private readonly tombstoneRetentionMs: number
  private completeSinceMs: number
  private graph: ConditionGraph
  private changes = 0
  /**
   * Told about every single-item change (upsert, remove, expiry) right after the version moved; bulk fills and
   * condition edits are not reported item by item, so listeners must treat an unreported version step as "anything".
   */
  onItemChange: ((change: ItemChange, version: number) => void) | undefined

  constructor(conditions: readonly ConditionNode[] = [], options: DeliveryIndexOptions = {}) {
    this.graph = new ConditionGraph(conditions)
    this.clock = options.clock ?? (() => new Date())
    this.maxTombstones = options.maxTombstones ?? 50_000
    this.tombstoneRetentionMs = (options.tombstoneRetentionDays ?? 30) * DAY_MS
    // Removals before the index existed are unknown, so the log is complete only from now on.
    this.completeSinceMs = this.clock().getTime()
  }

  /** Goes up by one on every change; cached responses from an older version are stale. */
  get version(): number {
    return this.changes
  }

  get size(): number {
    return this.entries.size
  }

  get conditions(): ConditionGraph {
    return this.graph
  }

  get(type: ContentType, id: string): DeliveryItem | undefined {
    return this.entries.get(itemKey(type, id))?.item
  }

  /** The published item of this type with this slug (slugs are unique per type). */
  bySlug(type: ContentType, slug: string): DeliveryItem | undefined {
    const key = this.slugs.get(itemKey(type, slug))
    return key === undefined ? undefined : this.entries.get(key)?.item
  }

  /** Why and when an item left the index, while its tombstone is kept (30 days); undefined for items never indexed or live. */
  removal(type: ContentType, id: string): Tombstone | undefined {
    return this.tombstonesByKey.get(itemKey(type, id))?.tombstone
  }

  /** Adds or replaces a published item. A republished item's tombstone is dropped: it is back. */
  upsert(item: DeliveryItem): void {
    this.link(item, true)
    this.changes++
    const key = itemKey(item.type, item.id)
    this.onItemChange?.({ entry: this.entries.get(key), key }, this.changes)
  }

  /** Adds or replaces many items at once (the initial fill): feed order is sorted once at the end. One version bump. */
  upsertMany(items: Iterable<DeliveryItem>): void {
    let changed = false
    try {
      for (const item of items) {
        this.link(item, false)
        changed = true
      }
    } finally {
      // Even when an item is rejected part-way, the ones already linked must be in feed order.
      if (changed) {
        this.byFeedOrder.length = 0
        for (const entry of this.entries.values()) this.byFeedOrder.push(entry)
        this.byFeedOrder.sort((a, b) => compareFeedPositions(entryPosition(a), entryPosition(b)))
        this.changes++
      }
    }
  }

  /** Takes an item out and records a tombstone for the feed. Returns false (and changes nothing) if it was not indexed. */
  remove(type: ContentType, id: string, reason: RemovalReason = 'deleted', removedAt: Date = this.clock()): boolean {
    const key = itemKey(type, id)
    const entry = this.entries.get(key)
    if (!entry) return false
    this.unlink(entry)
    this.entries.delete(key)
    const { item } = entry
    const record: TombstoneRecord = {
      key,
      tombstone: { type, id, slug: item.slug, removedAt: removedAt.toISOString(), reason },
      removedMs: removedAt.getTime(),
      stages: item.stages,
      segments: item.segments,
      channels: item.channels,
    }
    const older = this.tombstonesByKey.get(key)
    if (older) removeSorted(this.tombstoneLog, older, tombstonePosition)
    this.tombstonesByKey.set(key, record)
    insertSorted(this.tombstoneLog, record, tombstonePosition)
    this.pruneTombstones()
    this.changes++
    this.onItemChange?.({ entry: undefined, key }, this.changes)
    return true
  }

  /** Removes events that ended before `now` with reason 'expired', so feed consumers hear about them. */
  expireEnded(now: Date): number {
    const ended = [...(this.postingLists.type.get('events') ?? [])].filter((entry) => hasEnded(entry.item, now))
    for (const { item } of ended) this.remove(item.type, item.id, 'expired', now)
    return ended.length
  }

  /** Swaps the condition hierarchy and code maps (after an editor changes conditions). */
  replaceConditions(nodes: readonly ConditionNode[]): void {
    this.graph = new ConditionGraph(nodes)
    this.changes++
  }

  /** The items with this value; for segments, `EVERYONE` holds the items for everyone. */
  postings(dimension: PostingDimension, value: string): ReadonlySet<IndexedEntry> {
    return this.postingLists[dimension].get(value) ?? EMPTY
  }

  /** Every item in feed order (updatedAt, type, id). Read-only view for the feed. */
  get feedOrder(): readonly IndexedEntry[] {
    return this.byFeedOrder
  }

  /** Tombstones in feed order (removedAt, type, id). */
  get tombstones(): readonly TombstoneRecord[] {
    return this.tombstoneLog
  }

  /** Every removal after this time is in the tombstone log; a consumer that last synced earlier must resync fully. */
  get tombstonesCompleteSince(): Date {
    return new Date(this.completeSinceMs)
  }

  private link(item: DeliveryItem, keepFeedOrder: boolean): void {
    const key = itemKey(item.type, item.id)
    const entry: IndexedEntry = {
      key,
      item,
      updatedMs: parseTime(item.updatedAt, `${key} updatedAt`),
      endsMs: optionalTime(item.endsAt),
      reviewedMs: optionalTime(item.medicalReviewedAt),
    }
    const previous = this.entries.get(key)
    if (previous) this.unlink(previous, keepFeedOrder)
    this.entries.set(key, entry)
    this.slugs.set(itemKey(item.type, item.slug), key)
    for (const [dimension, value] of this.postingsOf(item)) {
      const lists = this.postingLists[dimension]
      let entries = lists.get(value)
      if (!entries) lists.set(value, (entries = new Set()))
      entries.add(entry)
    }
    if (keepFeedOrder) insertSorted(this.byFeedOrder, entry, entryPosition)
    const tombstone = this.tombstonesByKey.get(key)
    if (tombstone) {
      this.tombstonesByKey.delete(key)
      removeSorted(this.tombstoneLog, tombstone, tombstonePosition)
    }
  }

  private *postingsOf(item: DeliveryItem): Generator<[PostingDimension, string]> {
    yield ['type', item.type]
    for (const condition of new Set(item.conditions)) yield ['condition', condition]
    for (const stage of new Set(item.stages)) yield ['stage', stage]
    for (const channel of new Set(item.channels)) yield ['channel', channel]
    if (item.segments.length === 0) yield ['segment', EVERYONE]
    for (const segment of new Set(item.segments)) yield ['segment', segment]
  }

  private unlink(entry: IndexedEntry, keepFeedOrder = true): void {
    const slugKey = itemKey(entry.item.type, entry.item.slug)
    if (this.slugs.get(slugKey) === entry.key) this.slugs.delete(slugKey)
    for (const [dimension, value] of this.postingsOf(entry.item)) {
      const lists = this.postingLists[dimension]
      const entries = lists.get(value)
      entries?.delete(entry)
      if (entries?.size === 0) lists.delete(value)
    }
    if (keepFeedOrder) removeSorted(this.byFeedOrder, entry, entryPosition)
  }

  private pruneTombstones(): void {
    const cutoff = this.clock().getTime() - this.tombstoneRetentionMs
    let drop = 0
    while (
      drop < this.tombstoneLog.length &&
      (this.tombstoneLog.length - drop > this.maxTombstones || this.tombstoneLog[drop]!.removedMs < cutoff)
    ) {
      const record = this.tombstoneLog[drop]!
      this.tombstonesByKey.delete(record.key)
      this.completeSinceMs = Math.max(this.completeSinceMs, record.removedMs)
      drop++
    }
    if (drop > 0) this.tombstoneLog.splice(0, drop)
  }
}

const EMPTY: ReadonlySet<IndexedEntry> = new Set()
