/** What a webhook can subscribe to: the actions recorded in the content-events log. No Payload imports. */
export const WEBHOOK_EVENTS = [
  { label: 'Published (an item went live)', value: 'published' },
  { label: 'Updated (live text changed)', value: 'updated' },
  { label: 'Unpublished (an item stopped being live)', value: 'unpublished' },
  { label: 'Deleted (a live item was deleted)', value: 'deleted' },
] as const

export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number]['value']

/** Standard Webhooks `type` values Carepath sends: `content.<action>` and the admin's test event. */
export const MESSAGE_TYPES = ['content.published', 'content.updated', 'content.unpublished', 'content.deleted', 'webhook.test'] as const
export type MessageType = (typeof MESSAGE_TYPES)[number]

export const TEST_MESSAGE_TYPE: MessageType = 'webhook.test'

export const messageTypeFor = (action: WebhookEvent): MessageType => `content.${action}`

export const DELIVERY_STATUSES = [
  { label: 'Pending', value: 'pending' },
  { label: 'Delivered', value: 'delivered' },
  { label: 'Failed (will retry)', value: 'failed' },
  { label: 'Gave up', value: 'gave-up' },
] as const

export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]['value']

/** Statuses that still owe the receiver a message. */
export const OPEN_STATUSES: DeliveryStatus[] = ['pending', 'failed']
