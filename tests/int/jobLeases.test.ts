import { acquireLease, claimOnce, INSTANCE_ID } from '@/jobs/lease'
import { leadJobsQueue, RUNNER_LEASE, runnerLeaseMs, STALE_JOB_MS } from '@/jobs/runner'

import { bootCarepath, type TestCarepath } from './helpers/payload'

/**
 * Several server instances share one database. Leases decide which one runs the jobs queue and which worker sends
 * a webhook attempt; "another instance" here is another holder name, which is all the database sees of it.
 */
let carepath: TestCarepath
beforeAll(async () => {
  carepath = await bootCarepath()
})
afterAll(async () => {
  await carepath?.shutdown()
})

const leases = async (key: string) => (await carepath.payload.find({ collection: 'job-leases', depth: 0, pagination: false, where: { key: { equals: key } } })).docs
const jobsOf = async (taskSlug: string) =>
  (await carepath.payload.find({ collection: 'payload-jobs', depth: 0, pagination: false, where: { taskSlug: { equals: taskSlug } } })).docs

describe('leases', () => {
  it('exactly one of many instances racing for a lease gets it', async () => {
    const holders = Array.from({ length: 8 }, (_, i) => `instance-${i}`)
    const won = await Promise.all(holders.map((holder) => acquireLease(carepath.payload, { holder, key: 'race', ttlMs: 60_000 })))
    expect(won.filter(Boolean)).toHaveLength(1)
    const [row] = await leases('race')
    expect(row?.holder).toBe(holders[won.indexOf(true)])
  })

  it('the holder renews; a rival waits until the lease runs out, then takes it and the old holder learns it lost it', async () => {
    const start = new Date()
    const at = (ms: number) => new Date(start.getTime() + ms)
    expect(await acquireLease(carepath.payload, { holder: 'a', key: 'renew', now: start, ttlMs: 10_000 })).toBe(true)
    expect(await acquireLease(carepath.payload, { holder: 'b', key: 'renew', now: at(5_000), ttlMs: 10_000 })).toBe(false)
    expect(await acquireLease(carepath.payload, { holder: 'a', key: 'renew', now: at(8_000), ttlMs: 10_000 })).toBe(true) // until 18 s
    expect(await acquireLease(carepath.payload, { holder: 'b', key: 'renew', now: at(15_000), ttlMs: 10_000 })).toBe(false)
    expect(await acquireLease(carepath.payload, { holder: 'b', key: 'renew', now: at(19_000), ttlMs: 10_000 })).toBe(true)
    expect(await acquireLease(carepath.payload, { holder: 'a', key: 'renew', now: at(20_000), ttlMs: 10_000 })).toBe(false)
    expect((await leases('renew')).map((row) => row.holder)).toEqual(['b'])
  })

  it('a one-off claim is granted once, even to two callers in the same process', async () => {
    const claims = await Promise.all([1, 2, 3].map(() => claimOnce(carepath.payload, 'webhook-delivery:42:0', 60_000)))
    expect(claims.filter(Boolean)).toHaveLength(1)
    expect(await claimOnce(carepath.payload, 'webhook-delivery:42:1', 60_000)).toBe(true)
  })
})

describe('the jobs runner', () => {
  const intervalSeconds = 60

  it('runs on one instance only; another takes over when the leader stops renewing', async () => {
    const now = new Date()
    await carepath.payload.delete({ collection: 'job-leases', where: { key: { equals: RUNNER_LEASE } } })
    await carepath.payload.create({ collection: 'job-leases', data: { expiresAt: new Date(now.getTime() + 30_000).toISOString(), holder: 'other-instance', key: RUNNER_LEASE } })

    expect(await leadJobsQueue(carepath.payload, { intervalSeconds, now })).toBe(false)
    // Only the leader queues scheduled tasks (the daily review lifecycle): nothing was queued by this instance.
    expect(await jobsOf('reviewLifecycle')).toEqual([])

    const later = new Date(now.getTime() + 31_000)
    expect(await leadJobsQueue(carepath.payload, { intervalSeconds, now: later })).toBe(true)
    expect((await leases(RUNNER_LEASE)).map((row) => [row.holder, Date.parse(row.expiresAt)])).toEqual([[INSTANCE_ID, later.getTime() + runnerLeaseMs(intervalSeconds)]])
    const scheduled = await jobsOf('reviewLifecycle')
    expect(scheduled).toHaveLength(1)
    expect(new Date(scheduled[0]!.waitUntil!).getUTCHours()).toBe(6)

    // Every tick renews and queues the schedule no second time.
    expect(await leadJobsQueue(carepath.payload, { intervalSeconds, now: new Date(later.getTime() + 60_000) })).toBe(true)
    expect(await jobsOf('reviewLifecycle')).toHaveLength(1)
  })

  it('gives back to the queue a job a dead instance left processing, and leaves running ones alone', async () => {
    const queue = async () => (await carepath.payload.jobs.queue({ input: {}, task: 'recheckBrandCompliance' })).id
    const [abandoned, running] = [await queue(), await queue()]
    const now = new Date()
    const old = new Date(now.getTime() - STALE_JOB_MS - 60_000).toISOString()
    await carepath.payload.db.updateOne({ collection: 'payload-jobs', data: { processing: true, updatedAt: old }, id: abandoned, returning: false })
    await carepath.payload.db.updateOne({ collection: 'payload-jobs', data: { processing: true, updatedAt: now.toISOString() }, id: running, returning: false })

    expect(await leadJobsQueue(carepath.payload, { intervalSeconds, now })).toBe(true)
    const processing = async (id: number | string) => (await carepath.payload.findByID({ collection: 'payload-jobs', depth: 0, id })).processing
    expect(await processing(abandoned)).toBe(false)
    expect(await processing(running)).toBe(true)
  })
})
