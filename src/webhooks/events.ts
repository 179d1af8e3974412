/** Standard Webhooks message types and delivery statuses. No Payload imports. */
import { PROGRAM_MESSAGE_TYPES } from '../programs/events'
import type { ContentEventAction } from '../taxonomy/contentEvents'

/** Standard Webhooks `type` values Carepath sends: `content.<action>`, `program.<action>`, `cache.purge` and the admin's test event. */
const CONTENT_MESSAGE_TYPES = ['content.published', 'content.updated', 'content.unpublished', 'content.deleted', 'cache.purge', 'webhook.test'] as const
export const MESSAGE_TYPES = [...CONTENT_MESSAGE_TYPES, ...PROGRAM_MESSAGE_TYPES] as const
export type MessageType = (typeof CONTENT_MESSAGE_TYPES)[number] | (typeof PROGRAM_MESSAGE_TYPES)[number]

export const TEST_MESSAGE_TYPE: MessageType = 'webhook.test'

/** `cache.purge`: the surrogate keys a change can alter, for a CDN the hospital purges itself (see README "Serving through a CDN"). */
export const CACHE_PURGE_MESSAGE_TYPE: MessageType = 'cache.purge'
/** What a webhook subscribes to for `cache.purge` messages (next to the content events). */
export const CACHE_PURGE_EVENT = { label: 'Cache purge (surrogate keys to purge from a CDN)', value: 'cache-purge' } as const

export const messageTypeFor = (action: ContentEventAction): MessageType => `content.${action}`

export const DELIVERY_STATUSES = [
  { label: 'Pending', value: 'pending' },
  { label: 'Delivered', value: 'delivered' },
  { label: 'Failed (will retry)', value: 'failed' },
  { label: 'Gave up', value: 'gave-up' },
] as const

export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]['value']

/** Statuses that still owe the receiver a message. */
export const OPEN_STATUSES: DeliveryStatus[] = ['pending', 'failed']
