import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'

import { createFastDeliveryHandler } from '@/delivery/server/fastHandler'
import { guardGraphQL } from '@/security/graphqlGuard'

import { createApiClient, createStaff, lexical, publishApproved } from './helpers/fixtures'
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
  await publishApproved(payload, {
    collection: 'articles',
    data: { body: lexical('Plain words about your health.'), conditions: [type2.id], stages: ['awareness'], title: 'What is type 2 diabetes?' },
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

describe('malformed requests get a 4xx with a message, never an empty 500', () => {
  const graphql = (body: BodyInit, headers: Record<string, string> = {}) =>
    guardGraphQL(GRAPHQL_POST(carepath.config))(new Request('http://localhost/api/graphql', { body, headers: { 'Content-Type': 'application/json', ...headers }, method: 'POST' }))
  const expectRefusal = async (response: Response | Promise<Response>, status: number, message: RegExp) => {
    const res = await response
    expect(res.status).toBe(status)
    expect((await res.json()).errors[0].message).toMatch(message)
  }

  it('on /api/graphql: malformed JSON, a fragment cycle, an oversized body, a huge limit', async () => {
    await expectRefusal(graphql('{"query": '), 400, /not valid JSON/)
    await expectRefusal(graphql(JSON.stringify({ query: '{ Articles { docs { ...A } } } fragment A on Article { ...B } fragment B on Article { ...A }' })), 400, /Fragment "A" spreads itself/)
    await expectRefusal(graphql(JSON.stringify({ query: `{ Articles { docs { id } } } # ${'x'.repeat(1_100_000)}` })), 413, /larger than 1 MB/)
    // Validation errors answer as GraphQL over HTTP says for application/json: 200 with errors and no data.
    for (const body of [{ query: '{ Articles(limit: 100000) { docs { id } } }' }, { query: 'query ($l: Int) { Articles(limit: $l) { docs { id } } }', variables: { l: 5000 } }]) {
      const res = await (await graphql(JSON.stringify(body))).json()
      expect(res.data).toBeUndefined()
      expect(res.errors[0].message).toMatch(/limit must be between 0 and 100/)
    }
    const ok = await graphql(JSON.stringify({ query: '{ Articles(limit: 100) { docs { id } } }' }))
    expect(ok.status).toBe(200)
  })

  it('GraphQL errors never echo the value the caller typed', async () => {
    const res = await graphql(JSON.stringify({ query: '{ Articles(where: { stages: { equals: jane.doe@example.org } }) { docs { id } } }' }))
    const text = JSON.stringify(await res.json())
    expect(text).not.toContain('jane')
    const variable = await graphql(
      JSON.stringify({ query: 'query ($l: Int) { Articles(limit: $l) { docs { id } } }', variables: { l: 'jane.doe@example.org' } }),
    )
    const variableText = JSON.stringify(await variable.json())
    expect(variableText).toMatch(/errors/)
    expect(variableText).not.toContain('jane')
  })

  it('on the fast delivery path: a null body, string variables, a bad Host', async () => {
    for (const [body, message] of [['null', /JSON object with a "query"/], [JSON.stringify({ query: '{ __typename }', variables: 'x' }), /"variables" must be a JSON object/]] as const) {
      const res = await rawRequest('/api/delivery/graphql', { body, headers: { 'Content-Type': 'application/json' }, method: 'POST' })
      expect(res.status).toBe(400)
      expect(JSON.parse(res.body).errors[0].message).toMatch(message)
    }
    const badHost = await rawRequest(INFOBUTTON, { headers: { Host: 'exa mple[' } })
    expect(badHost.status).toBeLessThan(500)
  })

  it('introspection on /api/delivery/graphql: refused to anonymous callers and API clients, allowed to staff while developing', async () => {
    const introspect = (headers: Record<string, string> = {}) =>
      rawRequest('/api/delivery/graphql', { body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }), headers: { 'Content-Type': 'application/json', ...headers }, method: 'POST' })
    expect((await introspect()).body).toMatch(/introspection is not available/)
    const { apiKey } = await createApiClient(carepath.payload)
    expect((await introspect({ Authorization: `api-clients API-Key ${apiKey}` })).body).toMatch(/introspection is not available/)
    const staff = await createStaff(carepath.payload, ['editor'], 'editor')
    expect(JSON.parse((await introspect({ Authorization: `JWT ${staff.token}` })).body).data.__schema.queryType.name).toBe('Query')
  })
})

describe('brand reports are for staff', () => {
  it('API clients and visitors can neither read nor filter on brandCheck', async () => {
    const { apiKey } = await createApiClient(carepath.payload)
    for (const auth of [undefined, { apiKey }]) {
      const list = await api.rest('GET', 'articles?limit=5', { auth })
      expect(list.status).toBe(200)
      expect(list.body.docs.length).toBeGreaterThan(0)
      expect(list.body.docs.every((doc: Record<string, unknown>) => !('brandCheck' in doc))).toBe(true)
      const filtered = await api.rest('GET', 'articles?where[brandCheck.passes][equals]=true', { auth })
      expect(filtered.status).toBeGreaterThanOrEqual(400)
    }
    const staff = await createStaff(carepath.payload, ['medicalReviewer'], 'reviewer')
    const asStaff = await api.rest('GET', 'articles?limit=5', { auth: { token: staff.token } })
    expect(asStaff.body.docs[0].brandCheck).toBeDefined()
  })
})
