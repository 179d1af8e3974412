/**
 * Standard Webhooks (standardwebhooks.com) payloads, signatures and retry timing. Pure apart from the random
 * source; no Payload imports. Payloads carry content metadata only, never anything about a person.
 */
import { randomBytes } from 'node:crypto'

import { Webhook } from 'standardwebhooks'

import { MESSAGE_TYPES, type MessageType } from '../../webhooks/events'

export type WebhookEventType = MessageType
export const WEBHOOK_EVENT_TYPES = MESSAGE_TYPES

export interface WebhookEventPayload<Data extends object = Record<string, unknown>> {
  type: WebhookEventType
  /** ISO-8601 UTC: when the event happened (not when it was sent). */
  timestamp: string
  data: Data
}

/** The Standard Webhooks envelope `{ type, timestamp, data }`; throws on a type Carepath does not send. */
export function webhookEventPayload<Data extends object>({
  type,
  timestamp,
  data,
}: {
  type: WebhookEventType
  timestamp: Date
  data: Data
}): WebhookEventPayload<Data> {
  if (!(WEBHOOK_EVENT_TYPES as readonly string[]).includes(type)) {
    throw new TypeError(`Unknown webhook event type: use one of ${WEBHOOK_EVENT_TYPES.join(', ')}`)
  }
  if (!(timestamp instanceof Date) || Number.isNaN(timestamp.getTime())) throw new RangeError('A webhook event needs a valid timestamp')
  if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new TypeError('Webhook event data must be a JSON object')
  return { type, timestamp: timestamp.toISOString(), data }
}

export interface WebhookSignatureHeaders {
  'webhook-id': string
  'webhook-timestamp': string
  'webhook-signature': string
}

// The spec allows 24–64 random bytes; 32 matches the HMAC-SHA256 block of security.
const SECRET_BYTES = 32

/** A new signing secret: `whsec_` + base64 of 32 random bytes. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(SECRET_BYTES).toString('base64')}`
}

/**
 * The three Standard Webhooks headers for `body`, exactly as sent (sign the serialized string, not an object).
 * `id` must be the same on every retry of a message so receivers can de-duplicate; `timestamp` is the send time.
 */
export function signWebhook({ secret, id, timestamp, body }: { secret: string; id: string; timestamp: Date; body: string }): WebhookSignatureHeaders {
  if (!/^[A-Za-z0-9_.-]{1,128}$/.test(id)) throw new TypeError('A webhook id must be 1–128 letters, digits, "_", "-" or "."')
  if (!(timestamp instanceof Date) || Number.isNaN(timestamp.getTime())) throw new RangeError('A webhook signature needs a valid timestamp')
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(id, timestamp, body),
  }
}

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE

/** Nominal delay after the n-th failed attempt (index n − 1); later failures wait MAX_BACKOFF_MS. */
export const BACKOFF_SCHEDULE_MS = [5 * SECOND, 30 * SECOND, 2 * MINUTE, 10 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 4 * HOUR] as const
export const MAX_BACKOFF_MS = 6 * HOUR
/** Each delay is spread ±20 % so receivers recovering from an outage are not hit by every sender at once. */
export const BACKOFF_JITTER = 0.2
/** Retries keep going for at least this long after the first attempt, whatever the jitter. */
export const MIN_RETRY_WINDOW_MS = 24 * HOUR

/**
 * Milliseconds to wait after attempt number `attempt` (1 = the first delivery) failed: the schedule above with
 * ±20 % jitter, never more than 6 h. Pass `random` (values in [0, 1)) to make it deterministic.
 */
export function backoffDelayMs(attempt: number, random: () => number = Math.random): number {
  const failed = Number.isFinite(attempt) ? Math.max(1, Math.floor(attempt)) : 1
  const nominal = BACKOFF_SCHEDULE_MS[failed - 1] ?? MAX_BACKOFF_MS
  const unit = Math.min(Math.max(random(), 0), 1)
  const factor = 1 - BACKOFF_JITTER + 2 * BACKOFF_JITTER * unit
  return Math.min(Math.round(nominal * factor), MAX_BACKOFF_MS)
}

/** Shortest possible time from the first attempt to attempt number `attempt`, every delay at its jitter minimum. */
export function minimumElapsedBeforeAttemptMs(attempt: number): number {
  let total = 0
  for (let failed = 1; failed < attempt; failed += 1) total += backoffDelayMs(failed, () => 0)
  return total
}

/** The fewest attempts whose retries span MIN_RETRY_WINDOW_MS even with the shortest jitter (13: about 25 h). */
export const MAX_WEBHOOK_ATTEMPTS = (() => {
  let attempts = 1
  while (minimumElapsedBeforeAttemptMs(attempts) < MIN_RETRY_WINDOW_MS) attempts += 1
  return attempts
})()
