/**
 * Production server (`npm start` runs it after build and migrations): one port, two paths.
 * - `/api/delivery/graphql`: the fast delivery API (plain node:http, in-memory index).
 * - everything else: Next.js (admin UI, Payload REST and GraphQL, custom endpoints).
 * Its own Payload instance also runs the jobs queue (scheduled publishing, re-checks).
 */
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'
import { buildConfig, getPayload } from 'payload'

import { carepathConfig } from '../payload.config'
import { brandWorkerPool } from '../src/brandGate/brandWorkerPool'
import { createFastDeliveryHandler } from '../src/delivery/server/fastHandler'
import { deliveryStore } from '../src/delivery/store'
import { stepDownFromJobsQueue } from '../src/jobs/runner'
import { clientAddress, trustedProxies } from '../src/security/clientAddress'
import { withSecurityHeaders } from '../src/security/httpHeaders.mjs'
import { publicURLs } from '../src/security/publicURLs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOST || '0.0.0.0'

const fail = (message: string): never => {
  console.error(`\n[carepath] Cannot start: ${message}\n`)
  process.exit(1)
}

try {
  publicURLs(process.env)
} catch (error) {
  fail((error as Error).message)
}

// Claim the port before anything else starts (Next, Payload, the jobs runner): a second
// `npm start` on a busy port must stop here, not keep running jobs against the same database.
let handle: http.RequestListener = (_req, res) => {
  res.writeHead(503, { 'Content-Type': 'application/json', 'Retry-After': '5' }).end(JSON.stringify({ errors: [{ message: 'Carepath is starting; try again in a few seconds.' }] }))
}
const proxies = trustedProxies()
const server = http.createServer(
  withSecurityHeaders((req, res) => {
    // Per-address limits (sign-in) read X-Forwarded-For: it holds the caller's address, never what the caller claims.
    req.headers['x-forwarded-for'] = clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], proxies)
    handle(req, res)
  }),
)
await new Promise<void>((resolve) => {
  server.once('error', (error: NodeJS.ErrnoException) =>
    fail(
      error.code === 'EADDRINUSE'
        ? `port ${port} is already in use (is Carepath already running?). Stop the other process or choose another port, e.g. PORT=3001 npm start.`
        : `cannot listen on ${hostname}:${port}: ${error.message}`,
    ),
  )
  server.listen(port, hostname, resolve)
})

const app = next({ dev: false, dir: root, hostname, port })
const handleNext = app.getRequestHandler()
await app.prepare()

const payload = await getPayload({ config: buildConfig(carepathConfig()), cron: true, key: 'delivery' })
await deliveryStore(payload) // load published content before the first request
await brandWorkerPool().warm() // brand-check threads have loaded the engine before the first check
const handleDelivery = createFastDeliveryHandler(payload)

handle = (req, res) => {
  handleDelivery(req, res)
    .then((handled) => (handled ? undefined : handleNext(req, res)))
    .catch((error) => {
      payload.logger.error({ err: error, msg: 'Request failed' })
      if (!res.headersSent) res.writeHead(500).end()
    })
}
await warmAdmin(server)
console.log(`[carepath] Ready on http://localhost:${port}`)

/**
 * Opens the admin once before reporting ready: the first admin request loads Next's admin code and starts the Payload
 * instance the Next routes use, which made the first person to open the sign-in page wait over 4 s. An edit page
 * signed out only redirects, but it loads the same route. A failed warm-up only means a slower first visit.
 */
async function warmAdmin(listening: http.Server) {
  const address = listening.address()
  if (!address || typeof address === 'string') return
  const host = ['0.0.0.0', '::'].includes(address.address) ? '127.0.0.1' : address.family === 'IPv6' ? `[${address.address}]` : address.address
  for (const route of ['/admin/login', '/admin/collections/articles/1', '/api/users/me']) {
    try {
      const res = await fetch(`http://${host}:${address.port}${route}`, { redirect: 'manual', signal: AbortSignal.timeout(30_000) })
      await res.arrayBuffer()
    } catch {
      // ignored: see above
    }
  }
}

// Another instance takes the jobs queue over at once instead of when this one's lease runs out.
const stop = () => void stepDownFromJobsQueue(payload).catch(() => undefined).finally(() => server.close(() => process.exit(0)))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
