import { randomBytes } from 'node:crypto'
import os from 'node:os'

import { NotFound, ValidationError, type Payload } from 'payload'

import type { JobLease } from '../../payload-types'
import { LEASES } from './Leases'

/** This process, as a lease holder: host, pid and a random suffix (a restarted instance is a new holder). */
export const INSTANCE_ID = `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`

export interface LeaseRequest {
  key: string
  holder?: string
  ttlMs: number
  now?: Date
}

const local = { depth: 0, overrideAccess: true } as const

/** Inserts the lease row; false when another holder has the key (the unique index refused the insert). */
async function insert(payload: Payload, key: string, holder: string, expiresAt: string): Promise<boolean> {
  try {
    await payload.create({ ...local, collection: LEASES, data: { expiresAt, holder, key } })
    return true
  } catch (error) {
    if (error instanceof ValidationError) return false
    throw error
  }
}

/**
 * Takes or renews the lease `key` for `holder` until now + ttl. True when `holder` holds it afterwards.
 * Several instances may race: exactly one insert wins. An expired lease is deleted by its id (a newer holder's
 * row is never touched) and raced for again. A holder that renews after its lease expired and was taken over
 * finds its row gone and learns it lost the lease.
 */
export async function acquireLease(payload: Payload, { holder = INSTANCE_ID, key, now = new Date(), ttlMs }: LeaseRequest): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ttlMs).toISOString()
  if (await insert(payload, key, holder, expiresAt)) return true
  const { docs } = await payload.find({ ...local, collection: LEASES, limit: 1, pagination: false, where: { key: { equals: key } } })
  const current = docs[0] as JobLease | undefined
  if (!current) return insert(payload, key, holder, expiresAt) // released in between
  if (current.holder !== holder && Date.parse(current.expiresAt) > now.getTime()) return false
  try {
    if (current.holder === holder) {
      await payload.update({ ...local, collection: LEASES, data: { expiresAt }, id: current.id })
      return true
    }
    // A where-delete: a rival deleting the same expired row at the same moment leaves nothing to delete, not an error
    // (Payload's delete-by-id then fails reading the row it just lost).
    await payload.delete({ ...local, collection: LEASES, where: { id: { equals: current.id } } })
  } catch (error) {
    if (error instanceof NotFound) return false // taken over (renewal) or already removed by a rival (expiry)
    throw error
  }
  return insert(payload, key, holder, expiresAt)
}

/** A one-off claim (e.g. one webhook attempt): exactly one caller gets it, even two in this process, until it expires. */
export const claimOnce = (payload: Payload, key: string, ttlMs: number, now = new Date()) =>
  acquireLease(payload, { holder: `${INSTANCE_ID}:${randomBytes(6).toString('hex')}`, key, now, ttlMs })

/** Gives the lease up (on shutdown), if `holder` still has it. */
export async function releaseLease(payload: Payload, key: string, holder = INSTANCE_ID): Promise<void> {
  await payload.delete({ ...local, collection: LEASES, where: { and: [{ key: { equals: key } }, { holder: { equals: holder } }] } })
}

/** Removes leases that expired more than `graceMs` ago (one-off claims accumulate otherwise). */
export async function pruneLeases(payload: Payload, now = new Date(), graceMs = 24 * 60 * 60 * 1000): Promise<void> {
  await payload.delete({ ...local, collection: LEASES, where: { expiresAt: { less_than: new Date(now.getTime() - graceMs).toISOString() } } })
}
