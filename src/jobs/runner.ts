import type { Payload } from 'payload'

import { isDatabaseUnavailable } from '../db/unavailable'
import { acquireLease, pruneLeases, releaseLease } from './lease'

export const RUNNER_LEASE = 'jobs-runner'
export const JOBS_QUEUE = 'default'
/** A job still marked processing this long after its last update was left by an instance that died mid-run. */
export const STALE_JOB_MS = 10 * 60 * 1000

/** How often the jobs queue is polled: `CAREPATH_JOBS_INTERVAL_SECONDS` (1–3600, default 60). */
export function jobsIntervalSeconds(env: Partial<Record<string, string>>): number {
  const raw = env.CAREPATH_JOBS_INTERVAL_SECONDS?.trim()
  if (!raw) return 60
  const seconds = Number(raw)
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 3600) {
    throw new Error(`CAREPATH_JOBS_INTERVAL_SECONDS must be a whole number of seconds from 1 to 3600 (got "${raw}").`)
  }
  return seconds
}

/** Croner expression for the interval (six fields: seconds first); a minute or more is rounded to whole minutes. */
export function jobsCron(seconds: number): string {
  if (seconds < 60) return `*/${seconds} * * * * *`
  const minutes = Math.round(seconds / 60)
  return minutes < 60 ? `0 */${minutes} * * * *` : '0 0 * * * *'
}

/** The runner's lease outlives a tick comfortably, so a busy leader keeps it; a dead one loses it within it. */
export const runnerLeaseMs = (intervalSeconds: number) => Math.max(15_000, intervalSeconds * 1500)

/**
 * Decides, on every tick of every instance, whether this instance runs the jobs queue (Payload's
 * `jobs.shouldAutoRun`). One instance at a time holds the runner lease; it also queues scheduled tasks
 * (Payload's own scheduling is switched off on the cron, because every instance would queue them), gives
 * jobs a dead instance left "processing" back to the queue, and prunes old leases. Every other instance
 * only serves. When the leader dies, another takes over once the lease runs out (1.5 ticks).
 */
export async function leadJobsQueue(payload: Payload, { intervalSeconds, now = new Date() }: { intervalSeconds: number; now?: Date }): Promise<boolean> {
  try {
    if (!(await acquireLease(payload, { key: RUNNER_LEASE, now, ttlMs: runnerLeaseMs(intervalSeconds) }))) return false
  } catch (error) {
    // The database is away (delivery logs the outage): skip this tick quietly, the next one tries again.
    if (isDatabaseUnavailable(error)) return false
    throw error
  }
  await payload.db.updateMany({
    collection: 'payload-jobs',
    data: { processing: false },
    returning: false,
    where: { and: [{ processing: { equals: true } }, { updatedAt: { less_than: new Date(now.getTime() - STALE_JOB_MS).toISOString() } }] },
  })
  await pruneLeases(payload, now)
  await payload.jobs.handleSchedules({ queue: JOBS_QUEUE })
  return true
}

/** On shutdown: the next instance need not wait for the lease to run out. */
export const stepDownFromJobsQueue = (payload: Payload) => releaseLease(payload, RUNNER_LEASE)
