/**
 * Issue 12 finding 6, remaining items: sign-in limited per address with answers that do not reveal accounts, real
 * messages for 4xx from custom endpoints, uploads named for their content, 4xx (never 500) for malformed REST
 * requests, and introspection on /api/graphql only for staff outside production.
 */
import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import { APIError } from 'payload'
import sharp from 'sharp'

import { guardGraphQL } from '@/security/graphqlGuard'
import { guardREST } from '@/security/restGuard'

import { uploadForm } from './helpers/files'
import { createStaff } from './helpers/fixtures'
import { apiClient, authHeader, type Credentials } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>
let editor: Awaited<ReturnType<typeof createStaff>>

beforeAll(async () => {
  carepath = await bootCarepath()
  api = apiClient(carepath.config)
  editor = await createStaff(carepath.payload, ['editor'], 'editor')
})

afterAll(async () => {
  await carepath?.shutdown()
})

let address = 0
/** A fresh caller address (the production server puts the socket's address in X-Forwarded-For). */
const newAddress = () => `198.51.100.${++address}`
const login = (email: string, password: string, from: string) =>
  api.rest('POST', 'users/login', { body: { email, password }, headers: { 'X-Forwarded-For': from } })

describe('signing in', () => {
  it('limits attempts per address: the 11th in a minute gets 429 with Retry-After; other addresses are not affected', async () => {
    const from = newAddress()
    for (let i = 0; i < 10; i += 1) expect((await login(editor.email, 'wrong password', from)).status).toBe(401)
    const limited = await login(editor.email, editor.password, from)
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(60)
    expect(limited.body.errors[0].message).toMatch(/Too many sign-in attempts from your address; try again in \d+ seconds/)

    const elsewhere = await login(editor.email, editor.password, newAddress())
    expect(elsewhere.status).toBe(200)
  }, 120_000)

  it('answers the same, in about the same time, whether or not the account exists, and strangers cannot lock it', async () => {
    const unknown = await login('nobody-here@carepath.test', 'a guess', newAddress())
    const wrong = await login(editor.email, 'a guess', newAddress())
    expect(unknown.status).toBe(401)
    expect(wrong.status).toBe(401)
    expect(unknown.body).toEqual(wrong.body)

    const timed = async (email: string) => {
      const started = performance.now()
      await login(email, 'another guess', newAddress())
      return performance.now() - started
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
    const unknownTimes: number[] = []
    const knownTimes: number[] = []
    for (let i = 0; i < 5; i += 1) {
      unknownTimes.push(await timed('nobody-here@carepath.test'))
      knownTimes.push(await timed(editor.email))
    }
    // Both spend one password hash (~0.1–0.5 s); without equalising, an unknown account answered in a few ms.
    expect(median(unknownTimes) / median(knownTimes)).toBeGreaterThan(0.5)
    expect(median(unknownTimes) / median(knownTimes)).toBeLessThan(2)

    // Twenty wrong passwords from twenty addresses (more than Payload's old lockout allowed): the owner still signs in.
    for (let i = 0; i < 20; i += 1) {
      const res = await login(editor.email, `guess ${i}`, newAddress())
      expect(res.status).toBe(401)
      expect(res.body).toEqual(wrong.body)
    }
    expect((await login(editor.email, editor.password, newAddress())).status).toBe(200)
  }, 180_000)
})

describe('custom endpoints say what is wrong', () => {
  it('answers 401 and 400 with their message even when the error class lost its name (as in the production bundle)', async () => {
    const original = Object.getOwnPropertyDescriptor(APIError, 'name')!
    Object.defineProperty(APIError, 'name', { value: '' }) // what the minified server bundle does to `new APIError(…)`
    try {
      const anonymous = await api.rest('POST', 'brand/check', { body: { type: 'articles' } })
      expect(anonymous.status).toBe(401)
      expect(anonymous.body.errors[0].message).toBe('Sign in, or send an API client key, to check content.')

      const invalid = await api.rest('POST', 'brand/check', { auth: { token: editor.token }, body: { type: 'leaflets' } })
      expect(invalid.status).toBe(400)
      expect(invalid.body.errors[0].message).toMatch(/^The content to check is not valid: type: /)
    } finally {
      Object.defineProperty(APIError, 'name', original)
    }
  })
})

describe('uploads are named for what their bytes are', () => {
  it('stores a PNG sent as page.html as page.png, image/png', async () => {
    const png = await sharp({ create: { background: '#3a7', channels: 3, height: 60, width: 80 } }).png().toBuffer()
    const res = await api.rest('POST', 'media', { auth: { token: editor.token }, form: uploadForm(png, 'page.html', 'text/html', { alt: 'A green square' }) })
    expect(res.status).toBe(201)
    expect(res.body.doc.filename).toBe('page.png')
    expect(res.body.doc.mimeType).toBe('image/png')
    expect(res.body.doc.url).toMatch(/\/page\.png$/)
  })

  it('stores captions sent as .html as .vtt, text/vtt', async () => {
    const vtt = Buffer.from('WEBVTT\n\n00:00:00.000 --> 00:00:02.000\nHello.\n')
    const res = await api.rest('POST', 'caption-files', { auth: { token: editor.token }, form: uploadForm(vtt, 'captions.html', 'text/html') })
    expect(res.status).toBe(201)
    expect(res.body.doc.filename).toBe('captions.vtt')
    expect(res.body.doc.mimeType).toBe('text/vtt')
  })
})

describe('malformed REST requests get a 4xx with a message', () => {
  // The guard wraps Payload's handlers in src/app/(payload)/api/[...slug]/route.ts.
  const route = (handler: typeof REST_GET) => guardREST(handler(carepath.config), Promise.resolve(carepath.config))
  const call = async (method: 'DELETE' | 'GET' | 'PATCH', path: string, auth?: Credentials, body?: unknown) => {
    const handler = route({ DELETE: REST_DELETE, GET: REST_GET, PATCH: REST_PATCH }[method] as typeof REST_GET)
    const url = new URL(`http://localhost/api/${path}`)
    const res = await handler(
      new Request(url, { body: body ? JSON.stringify(body) : undefined, headers: { 'Content-Type': 'application/json', ...authHeader(auth) }, method }),
      { params: Promise.resolve({ slug: url.pathname.replace(/^\/api\//, '').split('/') }) },
    )
    return { body: await res.json(), status: res.status }
  }

  it('where=notanobject answers 400', async () => {
    const res = await call('GET', 'articles?where=notanobject')
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/"where" must be an object in bracket form/)
    expect((await call('GET', 'articles?where[slug][equals]=x')).status).toBe(200)
  })

  it('/api/articles/abc answers 404 on read, update and delete; real ids and named routes still work', async () => {
    for (const [method, auth] of [['GET', undefined], ['PATCH', { token: editor.token }], ['DELETE', { token: editor.token }]] as const) {
      const res = await call(method, 'articles/abc', auth, method === 'PATCH' ? { title: 'x' } : undefined)
      expect(res.status).toBe(404)
      expect(res.body.errors[0].message).toMatch(/Not found: ids in "articles" are/)
    }
    const article = await carepath.payload.create({ collection: 'articles', data: { stages: ['awareness'], title: 'A draft' } as never })
    expect((await call('GET', `articles/${article.id}`, { token: editor.token })).status).toBe(200)
    expect((await call('GET', 'articles/versions', { token: editor.token })).status).toBe(200)
    expect((await call('GET', 'users/me', { token: editor.token })).status).toBe(200)
    expect((await call('GET', 'articles/999999', { token: editor.token })).status).toBe(404)
    // The admin's preferences are read by key (the language switch reads `locale`): not an id.
    const saved = await route(REST_POST)(
      new Request('http://localhost/api/payload-preferences/locale', { body: JSON.stringify({ value: 'es' }), headers: { 'Content-Type': 'application/json', ...authHeader({ token: editor.token }) }, method: 'POST' }),
      { params: Promise.resolve({ slug: ['payload-preferences', 'locale'] }) },
    )
    expect(saved.status).toBe(200)
    const preference = await call('GET', 'payload-preferences/locale', { token: editor.token })
    expect(preference.status).toBe(200)
    expect(preference.body.value).toBe('es')
  })
})

describe('introspection on /api/graphql', () => {
  const ask = async (auth?: Credentials) => {
    const handler = guardGraphQL(GRAPHQL_POST(carepath.config))
    const res = await handler(
      new Request('http://localhost/api/graphql', {
        body: JSON.stringify({ query: '{ __schema { queryType { name } } }' }),
        headers: { 'Content-Type': 'application/json', ...authHeader(auth) },
        method: 'POST',
      }),
    )
    return (await res.json()) as { data?: { __schema?: unknown }; errors?: Array<{ message: string }> }
  }

  it('is for staff only in development, and off in production', async () => {
    const anonymous = await ask()
    expect(anonymous.errors?.[0]?.message).toMatch(/introspection is not available here/)
    expect(anonymous.data?.__schema).toBeUndefined()

    const staff = await ask({ token: editor.token })
    expect(staff.errors).toBeUndefined()
    expect(staff.data?.__schema).toEqual({ queryType: { name: 'Query' } })

    const env = process.env as Record<string, string | undefined>
    const nodeEnv = env.NODE_ENV
    env.NODE_ENV = 'production'
    try {
      expect((await ask({ token: editor.token })).errors?.[0]?.message).toMatch(/introspection/)
    } finally {
      env.NODE_ENV = nodeEnv
    }
  })
})
