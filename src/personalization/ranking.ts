/** Pieces every delivery query ranks with: the recency signal, the stable tie-break, bounded top-k selection. */
import { DeliveryInputError } from './errors'
import { compareEntries, type DeliveryIndex, type IndexedEntry } from './deliveryIndex'

const DAY_MS = 86_400_000

// Upper bounds of age in days for recency 9, 8, … 1; anything older scores 0.
const RECENCY_BUCKET_DAYS = [7, 30, 90, 180, 365, 730, 1095, 1825, 3650]

/** 0–9 from the age of `updatedAt`: 9 within a week, 8 within a month, … 1 within ten years, 0 older. */
export function recencyScore(updatedMs: number, now: Date): number {
  const ageDays = (now.getTime() - updatedMs) / DAY_MS
  const bucket = RECENCY_BUCKET_DAYS.findIndex((maxDays) => ageDays <= maxDays)
  return bucket === -1 ? 0 : 9 - bucket
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Higher score first, then newer updatedAt, then type and id: the same inputs always give the same order. */
export function compareRanked(a: { score: number; entry: IndexedEntry }, b: { score: number; entry: IndexedEntry }): number {
  return (
    b.score - a.score ||
    b.entry.updatedMs - a.entry.updatedMs ||
    compareText(a.entry.item.type, b.entry.item.type) ||
    compareText(a.entry.item.id, b.entry.item.id)
  )
}

/** Keeps the `limit` best of a stream in O(n log limit): a heap with the worst kept value on top. */
export class TopK<T> {
  private readonly heap: T[] = []

  /** `compare(a, b) < 0` means a ranks above b. */
  constructor(
    private readonly limit: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  offer(value: T): void {
    const { heap } = this
    if (heap.length < this.limit) {
      heap.push(value)
      this.siftUp(heap.length - 1)
    } else if (heap.length > 0 && this.compare(value, heap[0]!) < 0) {
      heap[0] = value
      this.siftDown(0)
    }
  }

  /** True once `limit` values are kept: a new value must beat `worst` to get in. */
  get full(): boolean {
    return this.heap.length >= this.limit
  }

  /** The lowest-ranked kept value. */
  get worst(): T | undefined {
    return this.heap[0]
  }

  /** The kept values, best first. */
  sorted(): T[] {
    return [...this.heap].sort(this.compare)
  }

  // The heap orders "worse" values toward the root.
  private worse(i: number, j: number): boolean {
    return this.compare(this.heap[i]!, this.heap[j]!) > 0
  }

  private swap(i: number, j: number): void {
    const value = this.heap[i]!
    this.heap[i] = this.heap[j]!
    this.heap[j] = value
  }

  private siftUp(i: number): void {
    while (i > 0) {
      const parent = (i - 1) >> 1
      if (!this.worse(i, parent)) return
      this.swap(i, parent)
      i = parent
    }
  }

  private siftDown(i: number): void {
    for (;;) {
      const left = 2 * i + 1
      const right = left + 1
      let worst = i
      if (left < this.heap.length && this.worse(left, worst)) worst = left
      if (right < this.heap.length && this.worse(right, worst)) worst = right
      if (worst === i) return
      this.swap(i, worst)
      i = worst
    }
  }
}

/** Validates a page size, explaining the allowed range. */
export function pageSize(value: number | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new DeliveryInputError(`${name} must be a whole number from 1 to ${max}`)
  }
  return value
}

/** What a query keeps in its top list: an entry and its score. */
export interface Ranked {
  entry: IndexedEntry
  score: number
}

/**
 * Visits `feed[from]`, then older entries, until no older entry could score above `ceiling` plus its recency
 * and still enter `top`, or `budget` entries were visited. Returns the index of the first entry left unvisited
 * because of the budget, or -1 when the walk finished (ruled out or visited everything).
 */
export function walkNewestFirst<T extends Ranked>(
  feed: readonly IndexedEntry[],
  from: number,
  top: TopK<T>,
  ceiling: number,
  now: Date,
  visit: (entry: IndexedEntry) => void,
  budget = Infinity,
): number {
  let visited = 0
  for (let i = from; i >= 0; i--) {
    const entry = feed[i]!
    const worst = top.worst
    if (top.full && worst) {
      const best = ceiling + recencyScore(entry.updatedMs, now)
      if (worst.score > best || (worst.score === best && worst.entry.updatedMs > entry.updatedMs)) return -1
    }
    if (visited++ >= budget) return i
    visit(entry)
  }
  return -1
}

/**
 * Offers `top` the entries that can make the list, where `ceiling` bounds any entry's score without its recency,
 * the cheaper of two ways without knowing in advance which: walk the whole library newest first (fast when good
 * matches are recent, however many candidates there are), but once the walk has visited as many entries as the
 * `candidates` posting lists hold, score the candidates it has not reached directly instead. Cost is at most about
 * twice the smaller of the two. Returns the feed index from which older entries were offered only if candidates
 * (the caller offers any others that can qualify), or -1 when the walk left nothing out.
 */
export function offerBest<T extends Ranked>(
  index: DeliveryIndex,
  top: TopK<T>,
  ceiling: number,
  now: Date,
  candidates: ReadonlyArray<ReadonlySet<IndexedEntry>>,
  offer: (entry: IndexedEntry) => void,
): number {
  const feed = index.feedOrder
  let count = 0
  for (const entries of candidates) count += entries.size
  const cut = walkNewestFirst(feed, feed.length - 1, top, ceiling, now, offer, count)
  if (cut < 0) return -1
  const last = feed[cut]!
  candidates.forEach((entries, list) => {
    for (const entry of entries) {
      if (compareEntries(entry, last) > 0) continue // the walk offered it
      // An entry in several lists is offered from the first one only.
      let listed = false
      for (let earlier = 0; earlier < list && !listed; earlier++) listed = candidates[earlier]!.has(entry)
      if (!listed) offer(entry)
    }
  })
  return cut
}
