import { Webhook } from 'standardwebhooks'

import {
  backoffDelayMs,
  MAX_BACKOFF_MS,
  MAX_WEBHOOK_ATTEMPTS,
  MIN_RETRY_WINDOW_MS,
  minimumElapsedBeforeAttemptMs,
  newWebhookSecret,
  signWebhook,
  webhookEventPayload,
  type WebhookEventType,
} from '@/delivery/formats/webhookPayload'

const s = 1000
const min = 60 * s
const h = 60 * min

describe('webhookEventPayload', () => {
  it('is the Standard Webhooks envelope with an ISO timestamp', () => {
    const payload = webhookEventPayload({
      type: 'content.published',
      timestamp: new Date('2026-10-08T13:38:08.123Z'),
      data: { id: '42', type: 'articles', slug: 'living-with-diabetes' },
    })
    expect(payload).toEqual({
      type: 'content.published',
      timestamp: '2026-10-08T13:38:08.123Z',
      data: { id: '42', type: 'articles', slug: 'living-with-diabetes' },
    })
    expect(Object.keys(payload)).toEqual(['type', 'timestamp', 'data'])
  })

  it.each(['content.published', 'content.updated', 'content.unpublished', 'content.deleted', 'webhook.test'] as const)('accepts %s', (type) => {
    expect(webhookEventPayload({ type, timestamp: new Date(), data: {} }).type).toBe(type)
  })

  it('refuses types Carepath does not send, invalid timestamps and non-object data', () => {
    expect(() => webhookEventPayload({ type: 'content.created' as WebhookEventType, timestamp: new Date(), data: {} })).toThrow(/Unknown webhook event type/)
    expect(() => webhookEventPayload({ type: 'content.updated', timestamp: new Date('nope'), data: {} })).toThrow(RangeError)
    expect(() => webhookEventPayload({ type: 'content.updated', timestamp: new Date(), data: [] as unknown as object })).toThrow(/JSON object/)
  })
})

describe('newWebhookSecret', () => {
  it('is whsec_ followed by 32 random bytes in base64, different every time', () => {
    const secret = newWebhookSecret()
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+={0,2}$/)
    expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32)
    expect(newWebhookSecret()).not.toBe(secret)
  })
})

describe('signWebhook', () => {
  const secret = newWebhookSecret()
  const body = JSON.stringify(webhookEventPayload({ type: 'content.updated', timestamp: new Date(), data: { id: '42' } }))
  const sign = (overrides: Partial<Parameters<typeof signWebhook>[0]> = {}) =>
    signWebhook({ secret, id: 'msg_2b7c9e', timestamp: new Date(), body, ...overrides })

  it('returns the three Standard Webhooks headers', () => {
    const at = new Date('2026-10-08T13:38:08.900Z')
    const headers = sign({ timestamp: at })
    expect(Object.keys(headers).sort()).toEqual(['webhook-id', 'webhook-signature', 'webhook-timestamp'])
    expect(headers['webhook-id']).toBe('msg_2b7c9e')
    expect(headers['webhook-timestamp']).toBe(String(Math.floor(at.getTime() / 1000)))
    expect(headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+={0,2}$/)
  })

  it('verifies with the standardwebhooks library and returns the payload', () => {
    expect(new Webhook(secret).verify(body, { ...sign() })).toEqual(JSON.parse(body))
  })

  it('fails verification when the body, id or secret differ', () => {
    const headers = { ...sign() }
    expect(() => new Webhook(secret).verify(body.replace('42', '43'), headers)).toThrow(/No matching signature/)
    expect(() => new Webhook(secret).verify(body, { ...headers, 'webhook-id': 'msg_other' })).toThrow(/No matching signature/)
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow(/No matching signature/)
  })

  it('signs the timestamp, so an old message is refused as a replay', () => {
    const headers = { ...sign({ timestamp: new Date(Date.now() - 10 * min) }) }
    expect(() => new Webhook(secret).verify(body, headers)).toThrow(/too old/)
  })

  it('refuses an id that cannot travel in a header', () => {
    expect(() => sign({ id: 'msg 1\r\nx: y' })).toThrow(TypeError)
  })
})

describe('backoffDelayMs', () => {
  const middle = () => 0.5

  it('follows 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h, then 6 h', () => {
    expect(Array.from({ length: 11 }, (_, i) => backoffDelayMs(i + 1, middle))).toEqual([
      5 * s,
      30 * s,
      2 * min,
      10 * min,
      30 * min,
      h,
      2 * h,
      4 * h,
      6 * h,
      6 * h,
      6 * h,
    ])
  })

  it('spreads each delay by ±20 %, deterministically for a given random source', () => {
    expect(backoffDelayMs(2, () => 0)).toBe(24 * s)
    expect(backoffDelayMs(2, () => 0.999999)).toBe(36 * s)
    expect(backoffDelayMs(4, () => 0.25)).toBe(9 * min)
    expect(backoffDelayMs(4, () => 0.25)).toBe(backoffDelayMs(4, () => 0.25))
  })

  it('never waits more than 6 hours, whatever the jitter', () => {
    for (let attempt = 1; attempt <= 40; attempt++) expect(backoffDelayMs(attempt, () => 0.999999)).toBeLessThanOrEqual(MAX_BACKOFF_MS)
    expect(backoffDelayMs(20, () => 0)).toBe(4.8 * h)
  })

  it('stays within bounds with the real random source', () => {
    for (let i = 0; i < 200; i++) {
      const delay = backoffDelayMs(3)
      expect(delay).toBeGreaterThanOrEqual(96 * s)
      expect(delay).toBeLessThanOrEqual(144 * s)
    }
  })

  it('treats nonsense attempt numbers as the first failure', () => {
    expect(backoffDelayMs(0, middle)).toBe(5 * s)
    expect(backoffDelayMs(Number.NaN, middle)).toBe(5 * s)
  })
})

describe('MAX_WEBHOOK_ATTEMPTS', () => {
  it('keeps retrying for at least 24 hours even when every delay is at its shortest', () => {
    expect(MIN_RETRY_WINDOW_MS).toBe(24 * h)
    expect(minimumElapsedBeforeAttemptMs(MAX_WEBHOOK_ATTEMPTS)).toBeGreaterThanOrEqual(24 * h)
  })

  it('is the smallest such number, so a dead endpoint is given up on within about a day', () => {
    expect(minimumElapsedBeforeAttemptMs(MAX_WEBHOOK_ATTEMPTS - 1)).toBeLessThan(24 * h)
    expect(MAX_WEBHOOK_ATTEMPTS).toBe(13)
  })
})
