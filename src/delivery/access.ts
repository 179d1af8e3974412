import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import type { Channel } from '../taxonomy/channels'

export type DeliveryAudience = 'anonymous' | 'client' | 'staff'

/**
 * Who is asking decides what may be served. Anonymous visitors get what the public website may
 * show: published items on the `web` channel. API clients and staff get every channel.
 */
export function deliveryAudience(req: PayloadRequest): DeliveryAudience {
  if (req.user?.collection === 'users') return 'staff'
  if (req.user?.collection === 'api-clients') return 'client'
  return 'anonymous'
}

/** The channel a query is restricted to: anonymous callers always get `web`. */
export function effectiveChannel(req: PayloadRequest, requested: Channel | undefined): Channel | undefined {
  if (deliveryAudience(req) !== 'anonymous') return requested
  if (requested && requested !== 'web') {
    throw new APIError(`Anonymous requests may only read the web channel; send an API client key for "${requested}".`, 403, null, true)
  }
  return 'web'
}

/** The automation feed needs an API client or a staff account. */
export function requireAuthenticated(req: PayloadRequest, what: string) {
  if (deliveryAudience(req) === 'anonymous') {
    throw new APIError(`${what} needs an API client key (Authorization: api-clients API-Key <key>).`, 401, null, true)
  }
}
