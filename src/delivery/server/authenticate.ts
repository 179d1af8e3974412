import crypto from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

type DeliveryUser = PayloadRequest['user']

const TTL_MS = 1000
const MAX_ENTRIES = 10_000

/**
 * API-key authentication for the fast delivery path, without a database read per request:
 * a key's lookup is cached for one second, so a disabled or deleted client stops working within a
 * second on every instance (immediately on the one that changed it, which calls `forget()`).
 */
export class ApiKeyCache {
  private readonly entries = new Map<string, { expires: number; user: DeliveryUser | null }>()

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
    const now = Date.now()
    const cached = this.entries.get(key)
    if (cached && cached.expires > now) return cached.user
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
    this.entries.set(key, { expires: now + TTL_MS, user })
    return user
  }
}
