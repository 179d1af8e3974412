import http from 'node:http'
import type { AddressInfo } from 'node:net'

/** A real HTTP receiver on 127.0.0.1 that answers 200, 503 or never, as told. */
export interface Received {
  body: string
  headers: Record<string, string>
  json: { data: Record<string, any>; timestamp: string; type: string }
}
export function startReceiver() {
  const received: Received[] = []
  let mode: 'down' | 'hang' | 'up' = 'up'
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      received.push({ body, headers: req.headers as Record<string, string>, json: JSON.parse(body) })
      if (mode === 'hang') return
      // No keep-alive: a reused socket the server is closing at that moment fails with ECONNRESET under load.
      res.writeHead(mode === 'up' ? 200 : 503, { connection: 'close', 'content-type': 'text/plain' }).end(mode === 'up' ? 'ok' : 'down for maintenance')
    })
  })
  return new Promise<{ close(): Promise<void>; received: Received[]; setMode(m: typeof mode): void; url: string }>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      resolve({
        close: () => new Promise((done) => { server.closeAllConnections(); server.close(() => done()) }),
        received,
        setMode: (m) => { mode = m },
        url: `http://127.0.0.1:${port}/hooks/carepath`,
      })
    })
  })
}
