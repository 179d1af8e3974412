import crypto from 'node:crypto'

import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import { requestAddress } from './clientAddress'

const MAX_TRACKED_ADDRESSES = 50_000

/** A sliding-window counter per address, in memory (each instance counts its own; behind N instances an address gets N×). */
export class AttemptLimiter {
  private readonly attempts = new Map<string, number[]>()

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Records an attempt; returns the seconds to wait when the address is over its limit, else 0. */
  attempt(address: string, now = Date.now()): number {
    const recent = (this.attempts.get(address) ?? []).filter((at) => at > now - this.windowMs)
    if (recent.length >= this.limit) {
      this.attempts.set(address, recent)
      return Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000))
    }
    recent.push(now)
    this.attempts.delete(address) // re-insert: the map stays ordered by last use, oldest first
    this.attempts.set(address, recent)
    if (this.attempts.size > MAX_TRACKED_ADDRESSES) this.attempts.delete(this.attempts.keys().next().value!)
    return 0
  }
}

export const loginLimitFrom = (env: NodeJS.ProcessEnv = process.env) =>
  new AttemptLimiter(Math.max(1, Number(env.CAREPATH_LOGIN_LIMIT) || 10), Math.max(1, Number(env.CAREPATH_LOGIN_WINDOW_SECONDS) || 60) * 1000)

// Payload's current password hash (pbkdf2-sha256, 600,000 iterations, 32 bytes): an unknown account costs the same.
const HASH_ITERATIONS = 600_000
const HASH_BYTES = 32
const spendHashTime = (password: string) =>
  new Promise<void>((resolve) => crypto.pbkdf2(password, crypto.randomBytes(32), HASH_ITERATIONS, HASH_BYTES, 'sha256', () => resolve()))

/**
 * Users beforeOperation: sign-in attempts (and password-reset requests) are limited per address (default 10 a minute,
 * HTTP 429 with Retry-After), and signing in to an account that does not exist takes as long as a wrong password.
 * Payload's per-account lockout is off (maxLoginAttempts 0): it told strangers which accounts exist and let anyone
 * lock anyone out; the per-address limit slows password guessing instead.
 */
export const limitSignInAttempts = (limiter: AttemptLimiter = loginLimitFrom()): CollectionBeforeOperationHook<'users'> => async ({ args, collection, operation, req }) => {
  if (operation !== 'login' && operation !== 'forgotPassword') return args
  if (req.payloadAPI === 'local') return args // server code (scripts, seed, tests' fixtures): not an HTTP caller
  const wait = limiter.attempt(requestAddress(req.headers ?? new Headers()))
  if (wait > 0) {
    req.responseHeaders = new Headers({ 'Retry-After': String(wait) })
    throw new APIError(`Too many sign-in attempts from your address; try again in ${wait} seconds.`, 429, null, true)
  }
  if (operation === 'login') {
    const email = String((args as { data?: { email?: unknown } }).data?.email ?? '').toLowerCase().trim()
    const password = String((args as { data?: { password?: unknown } }).data?.password ?? '')
    if (email && password) {
      const known = await req.payload.db.findOne({ collection: collection.slug, req, where: { email: { equals: email } } })
      if (!known) await spendHashTime(password)
    }
  }
  return args
}
