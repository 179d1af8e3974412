import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { buildConfig } from 'payload'

import { carepathConfig } from '../../payload.config'
import nextConfig from '../../next.config.mjs'
import { createFastDeliveryHandler } from '@/delivery/server/fastHandler'
import { securityHeaders, withSecurityHeaders } from '@/security/httpHeaders.mjs'

import { createStaff, lexical } from './helpers/fixtures'
import { apiClient } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>

beforeAll(async () => {
  carepath = await bootCarepath()
  api = apiClient(carepath.config)
})

afterAll(async () => {
  await carepath?.shutdown()
})

const expectSecurityHeaders = (get: (name: string) => null | string | undefined) => {
  expect(get('content-security-policy')).toMatch(/frame-ancestors 'none'/)
  expect(get('content-security-policy')).toMatch(/object-src 'none'/)
  expect(get('x-frame-options')).toBe('DENY')
  expect(get('x-content-type-options')).toBe('nosniff')
  expect(get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  expect(get('x-powered-by') ?? null).toBeNull()
}

describe('security headers', () => {
  it('Next (admin, REST, GraphQL) sends them on every path and no X-Powered-By', async () => {
    expect(nextConfig.poweredByHeader).toBe(false)
    const rules = await nextConfig.headers!()
    const all = rules.find((rule) => rule.source === '/:path*')!
    expectSecurityHeaders((name) => all.headers.find((h) => h.key.toLowerCase() === name)?.value)
  })

  it('HSTS only behind https, and configurable', () => {
    const hsts = (env: Record<string, string>) => securityHeaders(env).find((h) => h.key === 'Strict-Transport-Security')?.value
    expect(hsts({ CAREPATH_SERVER_URL: 'https://cms.hospital.example' })).toBe('max-age=31536000; includeSubDomains')
    expect(hsts({ CAREPATH_SERVER_URL: 'http://localhost:3000' })).toBeUndefined()
    expect(hsts({ CAREPATH_HSTS: 'off', CAREPATH_SERVER_URL: 'https://cms.hospital.example' })).toBeUndefined()
    expect(hsts({ CAREPATH_HSTS: 'on' })).toBeDefined()
  })

  it('the production server (fast delivery path and everything it hands to Next) sends them too', async () => {
    const fast = createFastDeliveryHandler(carepath.payload)
    const server = http.createServer(
      withSecurityHeaders((req, res) => {
        res.setHeader('X-Powered-By', 'Next.js') // what an unconfigured Next would add
        void fast(req, res).then((handled) => handled || res.writeHead(404).end())
      }),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      for (const path of ['/api/infobutton?mainSearchCriteria.v.c=E11.9&mainSearchCriteria.v.cs=2.16.840.1.113883.6.90', '/api/delivery/graphql']) {
        const res = await fetch(`http://127.0.0.1:${port}${path}`)
        expectSecurityHeaders((name) => res.headers.get(name))
      }
    } finally {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    }
  })
})

describe('session cookies', () => {
  it('are Secure in production', async () => {
    const production = await buildConfig(carepathConfig({ env: { NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40), CAREPATH_SERVER_URL: 'https://cms.hospital.example' } as never }))
    expect(production.collections.find((c) => c.slug === 'users')!.auth.cookies.secure).toBe(true)
    expect(carepath.config.collections.find((c) => c.slug === 'users')!.auth.cookies.secure).toBe(false)
    expect(new Set(production.csrf)).toEqual(new Set(['https://cms.hospital.example']))
  })

  it('are ignored on a request from a foreign Origin (CSRF), accepted from a configured one', async () => {
    const editor = await createStaff(carepath.payload, ['editor'], 'editor')
    const article = await carepath.payload.create({ collection: 'articles', data: { body: lexical('Text.'), title: 'CSRF target' }, draft: true })
    const write = (origin: string) =>
      api.rest('PATCH', `articles/${article.id}?draft=true`, { body: { title: `Written from ${origin}` }, headers: { Cookie: `payload-token=${editor.token}`, Origin: origin } })
    expect((await write('https://evil.example')).status).toBe(403)
    expect((await write('http://localhost:3000')).status).toBe(200)
  })
})
