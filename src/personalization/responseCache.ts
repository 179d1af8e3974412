/**
 * A bounded cache of query responses keyed by profile and query arguments. Each entry remembers the index version it
 * was computed at; an entry from another version is a miss. When the index reports a change to one item
 * (`itemChanged`), entries that say the change cannot affect them (their `affectedBy` answers false) move on to the
 * new version and stay; the others are dropped. Any change the index does not report item by item (a bulk load, a
 * condition edit) leaves every entry behind. Time matters too (events end, reviews lapse, recency buckets move), so
 * entries also expire after `maxAgeMs`.
 */
import type { ItemChange } from './deliveryIndex'
import { profileCacheKey, type ContentProfile } from '../privacy/profile'

/** Whether a change can alter a cached response. Must never answer false when it could. */
export type AffectedBy = (change: ItemChange) => boolean

export interface ResponseCacheOptions {
  /** Least recently used entries are dropped beyond this. Default 10,000. */
  maxEntries?: number
  /** Default one minute. */
  maxAgeMs?: number
}

interface CacheEntry<V> {
  version: number
  storedMs: number
  value: V
  affectedBy: AffectedBy | undefined
}

// Sorted keys make { a, b } and { b, a } the same key; Dates and undefined are written so that equal args match.
export function stableStringify(value: unknown): string {
  if (value instanceof Date) return JSON.stringify(value.toISOString())
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const fields = Object.keys(value)
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableStringify((value as Record<string, unknown>)[key])}`)
    return `{${fields.join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/**
 * The cache key for a query: the profile's cache key plus the other arguments. `now` is left out (every request has a
 * different one); `maxAgeMs` bounds how stale time-dependent results can get instead.
 */
export function responseCacheKey(query: string, profile: ContentProfile, args: Record<string, unknown> = {}): string {
  const { now: _now, ...rest } = args
  return `${query}|${profileCacheKey(profile)}|${stableStringify(rest)}`
}

export class ResponseCache<V> {
  private readonly entries = new Map<string, CacheEntry<V>>()
  private readonly maxEntries: number
  private readonly maxAgeMs: number

  constructor(options: ResponseCacheOptions = {}) {
    this.maxEntries = options.maxEntries ?? 10_000
    this.maxAgeMs = options.maxAgeMs ?? 60_000
  }

  get size(): number {
    return this.entries.size
  }

  /** The cached value if it was computed at this index version and is fresh; otherwise undefined (and it is dropped). */
  get(key: string, version: number, now: Date = new Date()): V | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    if (entry.version !== version || now.getTime() - entry.storedMs > this.maxAgeMs) return undefined
    // Re-inserting moves the key to the most recently used end of the Map's order.
    this.entries.set(key, entry)
    return entry.value
  }

  /** Stores a value computed at index `version`; with `affectedBy`, the entry can outlive changes that do not concern it. */
  set(key: string, version: number, value: V, now: Date = new Date(), affectedBy?: AffectedBy): void {
    this.entries.delete(key)
    this.entries.set(key, { affectedBy, storedMs: now.getTime(), value, version })
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!)
  }

  /** The index went from `version - 1` to `version` by this one change. */
  itemChanged(change: ItemChange, version: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.version === version - 1 && entry.affectedBy && !entry.affectedBy(change)) entry.version = version
      else this.entries.delete(key)
    }
  }

  clear(): void {
    this.entries.clear()
  }
}
