import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { REST_GET } from '@payloadcms/next/routes'

import { createFastDeliveryHandler } from '@/delivery/server/fastHandler'

import { createStaff, lexical } from './helpers/fixtures'
import { apiClient } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>
let server: http.Server
let base: string

const INFOBUTTON = '/api/infobutton?mainSearchCriteria.v.c=E11.9&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90&knowledgeResponseType=application/json'

/** A raw HTTP request, so the Host header is whatever the test says. */
function rawRequest(path: string, { body, headers = {}, method = 'GET' }: { body?: string; headers?: Record<string, string>; method?: string } = {}) {
  const { port } = server.address() as AddressInfo
  return new Promise<{ body: string; headers: http.IncomingHttpHeaders; status: number }>((resolve, reject) => {
    const req = http.request({ headers, host: '127.0.0.1', method, path, port }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ body: Buffer.concat(chunks).toString('utf8'), headers: res.headers, status: res.statusCode ?? 0 }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

beforeAll(async () => {
  carepath = await bootCarepath()
  api = apiClient(carepath.config)
  const { payload } = carepath
  await createStaff(payload, ['admin'], 'admin')
  const type2 = await payload.create({ collection: 'conditions', data: { icd10Codes: ['E11.9'], name: 'Type 2 diabetes', slug: 'type-2-diabetes' } })
  await payload.create({
    collection: 'articles',
    data: { _status: 'published', body: lexical('Plain words about your health.'), conditions: [type2.id], medicalReviewedAt: new Date().toISOString(), stages: ['awareness'], title: 'What is type 2 diabetes?' } as never,
  })
  const fast = createFastDeliveryHandler(payload)
  server = http.createServer((req, res) => void fast(req, res).then((handled) => handled || res.writeHead(404).end()))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://localhost:${process.env.PORT || 3000}`
})

afterAll(async () => {
  server?.closeAllConnections()
  await new Promise((resolve) => server?.close(resolve))
  await carepath?.shutdown()
})

describe('absolute links come from configuration, never from the Host header', () => {
  it('the fast path ignores a forged Host', async () => {
    const res = await rawRequest(INFOBUTTON, { headers: { Host: 'evil.example' } })
    expect(res.status).toBe(200)
    expect(res.body).not.toContain('evil.example')
    const entry = JSON.parse(res.body).feed.entry[0]
    expect(entry.link[0].href).toBe(`${base}/articles/what-is-type-2-diabetes`)
    expect(res.headers.vary).toMatch(/Authorization/)
  })

  it('the Payload endpoint ignores the request origin too, and follows CAREPATH_SITE_URL', async () => {
    const get = REST_GET(carepath.config)
    const call = async () => {
      const request = new Request(`http://evil.example${INFOBUTTON}`)
      return (await get(request, { params: Promise.resolve({ slug: ['infobutton'] }) })).text()
    }
    expect(await call()).not.toContain('evil.example')
    process.env.CAREPATH_SITE_URL = 'https://www.hospital.example'
    try {
      expect(JSON.parse(await call()).feed.entry[0].link[0].href).toBe('https://www.hospital.example/articles/what-is-type-2-diabetes')
    } finally {
      delete process.env.CAREPATH_SITE_URL
    }
  })
})
