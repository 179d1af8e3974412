/**
 * Retry schedule for failed deliveries. Pure, so the timing can be tested without waiting.
 * Delay after the n-th failed attempt: 10 s, 30 s, 2 min, 5 min, 15 min, 30 min, then every hour.
 */
const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE

export const RETRY_DELAYS_MS = [10 * SECOND, 30 * SECOND, 2 * MINUTE, 5 * MINUTE, 15 * MINUTE, 30 * MINUTE] as const
export const STEADY_RETRY_DELAY_MS = HOUR
/** Keep retrying for at least this long after the first attempt before giving up. */
export const MIN_RETRY_WINDOW_MS = 24 * HOUR
/** A receiver's Retry-After is honoured up to this long. */
export const MAX_RETRY_AFTER_MS = HOUR

/** Delay before the next attempt, after `failedAttempts` (≥ 1) attempts have failed. */
export function retryDelayMs(failedAttempts: number): number {
  const index = Math.max(1, Math.floor(failedAttempts)) - 1
  return RETRY_DELAYS_MS[index] ?? STEADY_RETRY_DELAY_MS
}

/** Time from the first attempt to attempt number `attempt` (1-based) if every attempt before it fails. */
export function elapsedBeforeAttemptMs(attempt: number): number {
  let total = 0
  for (let failed = 1; failed < attempt; failed += 1) total += retryDelayMs(failed)
  return total
}

/** The smallest number of attempts whose retries span at least MIN_RETRY_WINDOW_MS; 31 with the schedule above (≈ 24.9 h). */
export const MAX_ATTEMPTS = (() => {
  let attempts = 1
  while (elapsedBeforeAttemptMs(attempts) < MIN_RETRY_WINDOW_MS) attempts += 1
  return attempts
})()

/** Seconds (or an HTTP date) from a Retry-After header, as milliseconds from `now`; undefined when absent or unusable. */
export function parseRetryAfterMs(header: null | string | undefined, now: Date): number | undefined {
  if (!header) return undefined
  const trimmed = header.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * SECOND
  const at = Date.parse(trimmed)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime())
}

export type RetryDecision = { giveUp: true } | { giveUp: false; nextAttemptAt: Date }

/**
 * After attempt number `attempts` failed at `now`: retry later (never sooner than the schedule, later
 * if the receiver asked with Retry-After, up to an hour), or give up once MAX_ATTEMPTS have failed.
 */
export function decideRetry({ attempts, now, retryAfterMs }: { attempts: number; now: Date; retryAfterMs?: number }): RetryDecision {
  if (attempts >= MAX_ATTEMPTS) return { giveUp: true }
  const asked = retryAfterMs === undefined ? 0 : Math.min(retryAfterMs, MAX_RETRY_AFTER_MS)
  return { giveUp: false, nextAttemptAt: new Date(now.getTime() + Math.max(retryDelayMs(attempts), asked)) }
}
