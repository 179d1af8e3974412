/**
 * A brand-check worker thread: runs the pure engine (src/brand) off the event loop that serves delivery.
 * Plain JavaScript so every runtime can start it (tsx scripts, jest, Next's server bundle, the production server);
 * it loads the TypeScript engine through tsx unless the runtime already can.
 */
import os from 'node:os'
import { parentPort } from 'node:worker_threads'

// Linux nice is per thread: a lower priority lets delivery's thread win the CPU while checks queue.
try {
  os.setPriority(10)
} catch {
  // not permitted or not supported: run at normal priority
}

// tsx, scoped to this import, compiles the engine whatever loaders the host process has (or lacks).
const { register } = await import('tsx/esm/api')
const engine = await register({ namespace: 'carepath-brand-worker' }).import('../../brand/index.ts', import.meta.url)

parentPort.on('message', ({ id, input, settings }) => {
  try {
    parentPort.postMessage({ id, report: engine.checkContent(input, settings) })
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
parentPort.postMessage({ ready: true })
