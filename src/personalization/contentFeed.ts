/**
 * The content feed for marketing automation: every servable item for a journey stage, oldest change first, in pages.
 *
 * Order is (updatedAt, type, id) ascending; a cursor is the position of the last entry on a page. Editing an item
 * moves it to the end (its updatedAt is new), so a consumer paging through sees it again there: delivery is
 * at-least-once, never skipping an item. Items not edited meanwhile keep their place and are not repeated.
 * Removed items come back as tombstones (unpublished, deleted, expired), merged into the same order by removal time,
 * for the stages, segments and channels the item had. The tombstone log is bounded; `tombstonesCompleteSince` says from
 * when it is complete, and a consumer whose last sync is older should resync from the start.
 * `updatedSince` keeps entries changed at or after that time (inclusive, so a change in the same millisecond as the
 * consumer's last sync is sent again rather than lost). Without `segment`, items for every audience are included
 * with their targeting; with it, items for that segment and items for everyone. `locale` picks the text served,
 * falling back (flagged) to the other locale as elsewhere.
 */
import { availabilityFrom, isServableEntry } from './availability'
import {
  entryPosition,
  firstAfter,
  compareFeedPositions,
  tombstonePosition,
  type DeliveryIndex,
  type FeedPosition,
  type IndexedEntry,
  type TombstoneRecord,
} from './deliveryIndex'
import { DeliveryInputError } from './errors'
import { pageSize } from './ranking'
import { serveText } from './servedText'
import { CONTENT_TYPES } from '../taxonomy/contentTypes'
import type { AvailabilityOptions, Channel, ContentType, DeliveryItem, JourneyStage, Locale, ServedText, Tombstone } from './types'

export interface ContentFeedOptions extends Partial<Omit<AvailabilityOptions, 'now'>> {
  now: Date
  stage: JourneyStage
  segment?: string
  channel?: Channel
  /** Default en. */
  locale?: Locale
  types?: readonly ContentType[]
  /** ISO date-time or Date: only entries changed at or after it. */
  updatedSince?: string | Date
  /** 1–200, default 50. */
  first?: number
  /** `pageInfo.endCursor` of the previous page. */
  after?: string | null
}

export interface FeedItem extends ServedText {
  item: DeliveryItem
  cursor: string
}

export interface FeedTombstone extends Tombstone {
  cursor: string
}

export interface ContentFeedPage {
  items: FeedItem[]
  tombstones: FeedTombstone[]
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  /** ISO date-time: every removal after it is reported; a consumer whose last sync is older must resync. */
  tombstonesCompleteSince: string
}

const CURSOR_VERSION = 'c1'
const BAD_CURSOR =
  'after is not a cursor from this feed: pass pageInfo.endCursor from the previous page unchanged, or leave after out to start from the beginning'

/** An opaque cursor for a feed position. */
export function encodeFeedCursor(position: FeedPosition): string {
  const kind = position.kind === 'item' ? 'i' : 't'
  return Buffer.from(`${CURSOR_VERSION}:${kind}:${position.time}:${position.type}:${position.id}`, 'utf8').toString('base64url')
}

/** Reads a cursor, throwing a `DeliveryInputError` that tells the client what to send when it is not one of ours. */
export function decodeFeedCursor(cursor: string): FeedPosition {
  if (typeof cursor !== 'string' || !/^[A-Za-z0-9_-]{1,2000}$/.test(cursor)) throw new DeliveryInputError(BAD_CURSOR)
  const text = Buffer.from(cursor, 'base64url').toString('utf8')
  const match = /^c1:([it]):(-?\d{1,16}):([a-z]+):(.+)$/s.exec(text)
  const type = match?.[3] as ContentType | undefined
  if (!match || !type || !CONTENT_TYPES.includes(type) || Buffer.from(text, 'utf8').toString('base64url') !== cursor) {
    throw new DeliveryInputError(BAD_CURSOR)
  }
  return { kind: match[1] === 'i' ? 'item' : 'tombstone', time: Number(match[2]), type, id: match[4]! }
}

function sinceTime(value: string | Date | undefined): number | undefined {
  if (value === undefined) return undefined
  const ms = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : Number.NaN
  if (Number.isNaN(ms)) throw new DeliveryInputError('updatedSince must be an ISO date-time, for example 2025-03-01T00:00:00Z')
  return ms
}

/** One page of the feed (see the header for ordering, cursors and tombstones). */
export function contentFeed(index: DeliveryIndex, options: ContentFeedOptions): ContentFeedPage {
  const first = pageSize(options.first, 'first', 50, 200)
  const after = options.after ? decodeFeedCursor(options.after) : undefined
  const since = sinceTime(options.updatedSince)
  const availability = availabilityFrom(options)
  const requested = options.locale ?? 'en'
  const segments = options.segment ? [options.segment] : []

  const targeted = (type: ContentType, stages: readonly JourneyStage[], itemSegments: readonly string[], channels: readonly Channel[]) =>
    (!options.types || options.types.includes(type)) &&
    stages.includes(options.stage) &&
    (!options.channel || channels.includes(options.channel)) &&
    (!options.segment || itemSegments.length === 0 || itemSegments.includes(options.segment))

  // Start after the cursor and at or after updatedSince (the smallest position at that time sorts before all of it).
  const startOf = <T>(list: readonly T[], positionOf: (value: T) => FeedPosition): number => {
    let start = after ? firstAfter(list, after, positionOf) : 0
    if (since !== undefined) {
      const sinceStart = firstAfter(list, { time: since - 1, type: '\uffff' as ContentType, id: '', kind: 'tombstone' }, positionOf)
      start = Math.max(start, sinceStart)
    }
    return start
  }

  const entries = index.feedOrder
  const records = index.tombstones
  let i = startOf(entries, entryPosition)
  let t = startOf(records, tombstonePosition)

  const nextItem = (): { entry: IndexedEntry; served: ServedText } | undefined => {
    for (; i < entries.length; i++) {
      const entry = entries[i]!
      const { item } = entry
      if (!targeted(item.type, item.stages, item.segments, item.channels) || !isServableEntry(entry, availability)) continue
      const served = serveText(item, requested, segments)
      if (!served) continue
      const { complete: _complete, ...text } = served
      return { entry, served: text }
    }
    return undefined
  }
  const nextTombstone = (): TombstoneRecord | undefined => {
    for (; t < records.length; t++) {
      const record = records[t]!
      if (targeted(record.tombstone.type, record.stages, record.segments, record.channels)) return record
    }
    return undefined
  }

  const items: FeedItem[] = []
  const tombstones: FeedTombstone[] = []
  let endCursor = options.after ?? null
  let hasNextPage = false
  for (let taken = 0; ; taken++) {
    const item = nextItem()
    const record = nextTombstone()
    if (!item && !record) break
    if (taken === first) {
      hasNextPage = true
      break
    }
    if (item && (!record || compareFeedPositions(entryPosition(item.entry), tombstonePosition(record)) < 0)) {
      endCursor = encodeFeedCursor(entryPosition(item.entry))
      items.push({ item: item.entry.item, ...item.served, cursor: endCursor })
      i++
    } else {
      endCursor = encodeFeedCursor(tombstonePosition(record!))
      tombstones.push({ ...record!.tombstone, cursor: endCursor })
      t++
    }
  }
  return { items, tombstones, pageInfo: { hasNextPage, endCursor }, tombstonesCompleteSince: index.tombstonesCompleteSince.toISOString() }
}
