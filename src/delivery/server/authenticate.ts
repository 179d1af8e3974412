import crypto from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { isDatabaseUnavailable } from '../../db/unavailable'

type DeliveryUser = PayloadRequest['user']

const TTL_MS = 1000
const MAX_ENTRIES = 10_000
/** How long a request waits for a known key's re-read before answering with what was known a second ago. */
export const KEY_LOOKUP_WAIT_MS = 500

interface Entry {
  expires: number
  user: DeliveryUser | null
  /** The last re-read failed because the database was unavailable. */
  unreachable?: boolean
}

/**
 * API-key authentication for the fast delivery path, without a database read per request:
 * a key's lookup is cached for one second, so a disabled or deleted client stops working within a
 * second on every instance (immediately on the one that changed it, which calls `forget()`).
 * While the database is down or slow, a key known before keeps its last known state (nobody can disable a key
 * while nothing can be saved), so delivery answers from memory without waiting; an unknown key then answers 503.
 */
export class ApiKeyCache {
  private readonly entries = new Map<string, Entry>()
  private readonly lookups = new Map<string, Promise<DeliveryUser | null>>()

  constructor(private readonly payload: Payload) {}

  forget() {
    this.entries.clear()
  }

  async userFor(authorization: null | string): Promise<DeliveryUser | null> {
    if (!authorization) return null
    const prefix = 'api-clients API-Key '
    if (!authorization.startsWith(prefix)) {
      // Staff tokens take Payload's normal path: rare on delivery, and they must be checked fully.
      const { user } = await this.payload.auth({ headers: new Headers({ Authorization: authorization }) })
      return user ?? null
    }
    const key = authorization.slice(prefix.length)
    const cached = this.entries.get(key)
    if (cached && cached.expires > Date.now()) return cached.user
    const running = this.lookups.get(key)
    const lookup = running ?? this.lookUp(key)
    if (!cached) return lookup
    // Re-reading a known key: wait only when the database answered last time and nobody is waiting for it already.
    if (cached.unreachable || running) return cached.user
    let timer: NodeJS.Timeout | undefined
    const lastKnown = new Promise<DeliveryUser | null>((resolve) => {
      timer = setTimeout(() => resolve(cached.user), KEY_LOOKUP_WAIT_MS)
    })
    const reread = lookup.catch((error: unknown) => {
      if (isDatabaseUnavailable(error)) return cached.user
      throw error
    })
    return Promise.race([reread, lastKnown]).finally(() => clearTimeout(timer))
  }

  /** Reads the key's client from the database and caches the answer; concurrent requests share one read. */
  private lookUp(key: string): Promise<DeliveryUser | null> {
    const lookup = (async () => {
      const index = crypto.createHmac('sha256', this.payload.secret).update(key).digest('hex')
      const { docs } = await this.payload.find({
        collection: 'api-clients',
        depth: 0,
        limit: 1,
        overrideAccess: true,
        pagination: false,
        where: { and: [{ apiKeyIndex: { equals: index } }, { enabled: { not_equals: false } }] },
      })
      const user = docs[0] ? ({ ...docs[0], collection: 'api-clients' } as unknown as DeliveryUser) : null
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear()
      this.entries.set(key, { expires: Date.now() + TTL_MS, user })
      return user
    })()
      .catch((error: unknown) => {
        // Keep the last known state and try again in a second, not on every request.
        const cached = this.entries.get(key)
        if (cached && isDatabaseUnavailable(error)) this.entries.set(key, { expires: Date.now() + TTL_MS, unreachable: true, user: cached.user })
        throw error
      })
      .finally(() => this.lookups.delete(key))
    lookup.catch(() => {}) // callers answering from the cache do not await it
    this.lookups.set(key, lookup)
    return lookup
  }
}
