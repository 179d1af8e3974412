import {
  decideRetry,
  elapsedBeforeAttemptMs,
  MAX_ATTEMPTS,
  MAX_RETRY_AFTER_MS,
  MIN_RETRY_WINDOW_MS,
  parseRetryAfterMs,
  retryDelayMs,
} from '@/webhooks/backoff'

const s = 1000
const min = 60 * s
const h = 60 * min
const now = new Date('2025-03-01T10:00:00Z')

describe('webhook retry schedule', () => {
  it('backs off 10 s, 30 s, 2 min, 5 min, 15 min, 30 min, then hourly', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 30].map(retryDelayMs)).toEqual([10 * s, 30 * s, 2 * min, 5 * min, 15 * min, 30 * min, h, h, h])
  })

  it('keeps trying for at least 24 hours, and not much longer, before giving up', () => {
    expect(elapsedBeforeAttemptMs(MAX_ATTEMPTS)).toBeGreaterThanOrEqual(MIN_RETRY_WINDOW_MS)
    expect(elapsedBeforeAttemptMs(MAX_ATTEMPTS - 1)).toBeLessThan(MIN_RETRY_WINDOW_MS)
    expect(MAX_ATTEMPTS).toBe(31)
  })

  it('retries within the hour after a receiver that was down for an hour comes back', () => {
    // attempts made in the first hour of an outage: the next one is never more than an hour away
    const inFirstHour = Array.from({ length: MAX_ATTEMPTS }, (_, i) => i + 1).filter((n) => elapsedBeforeAttemptMs(n) <= h)
    const last = inFirstHour.at(-1)!
    expect(elapsedBeforeAttemptMs(last + 1) - h).toBeLessThanOrEqual(h)
  })

  it('schedules the next attempt from now, and gives up after the last attempt', () => {
    expect(decideRetry({ attempts: 1, now })).toEqual({ giveUp: false, nextAttemptAt: new Date(now.getTime() + 10 * s) })
    expect(decideRetry({ attempts: MAX_ATTEMPTS - 1, now })).toEqual({ giveUp: false, nextAttemptAt: new Date(now.getTime() + h) })
    expect(decideRetry({ attempts: MAX_ATTEMPTS, now })).toEqual({ giveUp: true })
  })

  it("waits longer when the receiver asks with Retry-After, but never longer than an hour and never sooner than the schedule", () => {
    expect(decideRetry({ attempts: 1, now, retryAfterMs: 5 * min })).toEqual({ giveUp: false, nextAttemptAt: new Date(now.getTime() + 5 * min) })
    expect(decideRetry({ attempts: 1, now, retryAfterMs: 3 * h })).toEqual({ giveUp: false, nextAttemptAt: new Date(now.getTime() + MAX_RETRY_AFTER_MS) })
    expect(decideRetry({ attempts: 3, now, retryAfterMs: 1 * s })).toEqual({ giveUp: false, nextAttemptAt: new Date(now.getTime() + 2 * min) })
  })

  it('reads Retry-After as seconds or an HTTP date and ignores nonsense', () => {
    expect(parseRetryAfterMs('120', now)).toBe(120 * s)
    expect(parseRetryAfterMs('Sat, 01 Mar 2025 10:05:00 GMT', now)).toBe(5 * min)
    expect(parseRetryAfterMs('Sat, 01 Mar 2025 09:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfterMs('soon', now)).toBeUndefined()
    expect(parseRetryAfterMs(null, now)).toBeUndefined()
  })
})
