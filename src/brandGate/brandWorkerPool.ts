import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

import type { BrandCheckInput, BrandGuidelineSettings, BrandReport } from '../brand'

/** Thrown when the pool cannot take or finish a check; endpoints answer 503 with this message. */
export class BrandCheckUnavailable extends Error {
  readonly status = 503
  readonly isPublic = true
}

interface Task {
  id: number
  input: BrandCheckInput
  reject: (error: Error) => void
  resolve: (report: BrandReport) => void
  settings: BrandGuidelineSettings
}

interface Slot {
  ready: Promise<void>
  task?: Task
  timer?: NodeJS.Timeout
  worker: Worker
}

export interface BrandPoolOptions {
  /** Worker threads (default: CAREPATH_BRAND_WORKERS, else one fewer than the CPUs, at least 1, at most 4). */
  threads?: number
  /** Checks waiting for a thread before new ones are refused (default 64). */
  maxQueue?: number
  /** A check running longer is stopped and its thread replaced (default 20 s). */
  timeoutMs?: number
}

/**
 * The worker script, found from the project root: Next bundles this module, so its own URL does not point at src/.
 * CAREPATH_ROOT overrides the root for servers started elsewhere.
 */
function workerScript(): string {
  const candidates = [process.env.CAREPATH_ROOT, process.cwd()].filter(Boolean) as string[]
  for (const root of candidates) {
    const file = path.join(root, 'src', 'brandGate', 'worker', 'brandWorker.mjs')
    if (fs.existsSync(file)) return file
  }
  throw new Error(`The brand-check worker script was not found under ${candidates.join(' or ')}; set CAREPATH_ROOT to Carepath's folder.`)
}

/**
 * A small fixed pool of worker threads for brand checks: the engine is CPU-heavy (≈ 0.2 s for 100,000 characters),
 * and on the event loop it would hold up every delivery request behind it. Bounded queue, per-check timeout,
 * a crashed or stuck thread is replaced.
 */
export class BrandWorkerPool {
  private readonly slots: Slot[] = []
  private readonly queue: Task[] = []
  private nextId = 1
  private closed = false
  readonly threads: number
  private readonly maxQueue: number
  private readonly timeoutMs: number
  private readonly script = workerScript()

  constructor({ maxQueue = 64, threads, timeoutMs = 20_000 }: BrandPoolOptions = {}) {
    const configured = Number(process.env.CAREPATH_BRAND_WORKERS)
    this.threads = threads ?? (configured > 0 ? configured : Math.min(4, Math.max(1, os.availableParallelism() - 1)))
    this.maxQueue = maxQueue
    this.timeoutMs = timeoutMs
    for (let i = 0; i < this.threads; i += 1) this.slots.push(this.spawn())
  }

  private spawn(): Slot {
    const worker = new Worker(this.script)
    worker.unref() // an idle pool never keeps a process (a script, a test run) alive; see pump() and finish()
    const slot: Slot = { ready: Promise.resolve(), worker }
    slot.ready = new Promise<void>((resolve, reject) => {
      const onMessage = (message: { ready?: boolean }) => {
        if (!message.ready) return
        worker.off('message', onMessage)
        resolve()
      }
      worker.on('message', onMessage)
      worker.once('error', reject)
    })
    slot.ready.catch(() => undefined)
    worker.on('message', (message: { error?: string; id?: number; report?: BrandReport }) => {
      const task = slot.task
      if (message.id === undefined || !task || task.id !== message.id) return
      this.finish(slot)
      if (message.error) task.reject(new Error(message.error))
      else task.resolve(message.report!)
      this.pump()
    })
    worker.on('error', (error) => this.replace(slot, `The brand check failed: ${error.message}`))
    worker.on('exit', () => {
      if (!this.closed && this.slots.includes(slot)) this.replace(slot, 'The brand-check thread stopped; try again.')
    })
    return slot
  }

  private finish(slot: Slot) {
    slot.worker.unref()
    if (slot.timer) clearTimeout(slot.timer)
    slot.task = undefined
    slot.timer = undefined
  }

  private replace(slot: Slot, message: string) {
    const task = slot.task
    this.finish(slot)
    const index = this.slots.indexOf(slot)
    if (index === -1) return
    slot.worker.removeAllListeners('exit')
    void slot.worker.terminate()
    if (this.closed) return
    this.slots[index] = this.spawn()
    task?.reject(new BrandCheckUnavailable(message))
    this.pump()
  }

  private pump() {
    for (const slot of this.slots) {
      if (slot.task || this.queue.length === 0) continue
      const task = this.queue.shift()!
      slot.task = task
      slot.worker.ref()
      slot.timer = setTimeout(() => this.replace(slot, `The brand check took longer than ${this.timeoutMs / 1000} s and was stopped; send less text.`), this.timeoutMs)
      slot.ready.then(
        () => slot.task === task && slot.worker.postMessage({ id: task.id, input: task.input, settings: task.settings }),
        (error: Error) => this.replace(slot, `The brand-check thread could not start: ${error.message}`),
      )
    }
  }

  /** Waits until every thread has loaded the engine (servers call it at start so the first check is not slow). */
  async warm(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.ready))
  }

  check(input: BrandCheckInput, settings: BrandGuidelineSettings): Promise<BrandReport> {
    if (this.closed) return Promise.reject(new BrandCheckUnavailable('Brand checks are shutting down; try again.'))
    if (this.queue.length >= this.maxQueue) {
      return Promise.reject(new BrandCheckUnavailable('Too many brand checks are waiting; try again in a few seconds.'))
    }
    return new Promise<BrandReport>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, reject, resolve, settings })
      this.pump()
    })
  }

  async close(): Promise<void> {
    this.closed = true
    for (const task of this.queue.splice(0)) task.reject(new BrandCheckUnavailable('Brand checks are shutting down; try again.'))
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
  }
}

// One pool per process, shared by the fast delivery path and Payload's own routes (Next may load this module twice).
const POOL = Symbol.for('carepath.brandWorkerPool')
type WithPool = typeof globalThis & { [POOL]?: BrandWorkerPool }

export function brandWorkerPool(): BrandWorkerPool {
  const global = globalThis as WithPool
  return (global[POOL] ??= new BrandWorkerPool())
}

/** Runs the brand engine on a worker thread. */
export const checkContentOffThread = (input: BrandCheckInput, settings: BrandGuidelineSettings): Promise<BrandReport> =>
  brandWorkerPool().check(input, settings)
