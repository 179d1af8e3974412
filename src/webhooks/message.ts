import { randomUUID } from 'node:crypto'

import { CACHE_PURGE_MESSAGE_TYPE, messageTypeFor, TEST_MESSAGE_TYPE, type MessageType } from './events'
import { PROGRAM_EVENT_TYPE, programMessageType } from '../programs/events'
import type { ContentEventAction } from '../taxonomy/contentEvents'

/**
 * Standard Webhooks payloads (`{ type, timestamp, data }`). They carry content metadata only,
 * never anything about a person: receivers fetch the item itself over the API if they need it.
 */
export interface ContentEventRecord {
  action: ContentEventAction
  at: string
  detail?: unknown
  docId: string
  id: number | string
  segments?: null | string[]
  slug?: null | string
  stages?: null | string[]
  title?: null | string
  type: string
}

export interface ContentMessageData {
  action: ContentEventAction
  at: string
  eventId: string
  id: string
  itemKey: string
  segments: string[]
  slug: null | string
  stages: string[]
  title: null | string
  type: string
}

export interface WebhookMessage<T = unknown> {
  data: T
  timestamp: string
  type: MessageType
}

/** Deliveries for the same item are sent in order; the item is `type/id`. */
export const itemKeyOf = (event: { docId: string; type: string }) => `${event.type}/${event.docId}`

export const TEST_ITEM_KEY = 'test'

/** `webhook-id`: unique per message, the same on every retry so receivers can de-duplicate. */
export const newMessageId = () => `msg_${randomUUID().replaceAll('-', '')}`

type LoggedEvent = Omit<ContentEventRecord, 'action'> & { action: string }

/** What every message says of the logged event behind it. */
const eventFacts = (event: LoggedEvent) => ({
  action: event.action,
  at: event.at,
  eventId: String(event.id),
  id: event.docId,
  itemKey: itemKeyOf(event),
  segments: event.segments ?? [],
  slug: event.slug ?? null,
  stages: event.stages ?? [],
})

export function contentMessage(event: ContentEventRecord): WebhookMessage<ContentMessageData> {
  return {
    data: { ...eventFacts(event), action: event.action, title: event.title ?? null, type: event.type },
    timestamp: event.at,
    type: messageTypeFor(event.action),
  }
}

export interface CachePurgeData {
  eventId: string
  itemKey: string
  keys: string[]
}

/** `cache.purge`: what a CDN must purge after this content event (keys as in Surrogate-Key / Cache-Tag). */
export function cachePurgeMessage(event: ContentEventRecord, keys: readonly string[]): WebhookMessage<CachePurgeData> {
  return { data: { eventId: String(event.id), itemKey: itemKeyOf(event), keys: [...keys] }, timestamp: event.at, type: CACHE_PURGE_MESSAGE_TYPE }
}

export function testMessage(webhook: { id: number | string; name?: null | string }, at: Date): WebhookMessage {
  return {
    data: { message: 'Test event from Carepath: your endpoint is reachable and can verify the signature.', webhook: { id: String(webhook.id), name: webhook.name ?? null } },
    timestamp: at.toISOString(),
    type: TEST_MESSAGE_TYPE,
  }
}

/** A program's message: what the program is, and for `program.broken` the steps that broke (never anything about a person). */
export interface ProgramMessageData {
  action: string
  at: string
  eventId: string
  id: string
  itemKey: string
  name: null | string
  segments: string[]
  slug: null | string
  stages: string[]
  steps: unknown[]
  type: typeof PROGRAM_EVENT_TYPE
}

/** The message type a logged event is sent as, or null when webhooks do not announce it (a program's `repaired`). */
export function messageTypeOf(event: { action: string; type: string }): MessageType | null {
  return event.type === PROGRAM_EVENT_TYPE ? programMessageType(event.action) : messageTypeFor(event.action as ContentEventAction)
}

export function programMessage(event: LoggedEvent): WebhookMessage<ProgramMessageData> {
  const detail = event.detail as { newlyBroken?: unknown[] } | null | undefined
  return {
    data: {
      ...eventFacts(event),
      name: event.title ?? null,
      steps: Array.isArray(detail?.newlyBroken) ? detail.newlyBroken : [],
      type: PROGRAM_EVENT_TYPE,
    },
    timestamp: event.at,
    type: programMessageType(event.action)!,
  }
}

/** The message for any logged event: content or program. */
export const eventMessage = (event: LoggedEvent): WebhookMessage =>
  event.type === PROGRAM_EVENT_TYPE ? programMessage(event) : contentMessage(event as ContentEventRecord)
