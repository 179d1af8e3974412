import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { setWebhookResolver, type ResolvedAddress } from '@/webhooks/target'

import { createStaff } from './helpers/fixtures'
import { apiClient, type ApiResponse } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'

/** Stub DNS: tests never look up or contact real hosts. */
const dns = new Map<string, ResolvedAddress[]>()
setWebhookResolver(async (name) => {
  const answer = dns.get(name)
  if (!answer) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${name}`), { code: 'ENOTFOUND' })
  return answer
})

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>
let admin: string
let receiver: http.Server
let port: number
let hits = 0

beforeAll(async () => {
  delete process.env.CAREPATH_WEBHOOKS_ALLOW_LOCALHOST
  carepath = await bootCarepath()
  api = apiClient(carepath.config)
  admin = (await createStaff(carepath.payload, ['admin'], 'admin')).token
  receiver = http.createServer((req, res) => {
    hits += 1
    req.resume()
    req.on('end', () => res.writeHead(200).end('ok'))
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  port = (receiver.address() as AddressInfo).port
})

afterAll(async () => {
  delete process.env.CAREPATH_WEBHOOKS_ALLOW_LOCALHOST
  setWebhookResolver(undefined)
  receiver?.closeAllConnections()
  await new Promise((resolve) => receiver?.close(resolve))
  await carepath?.shutdown()
})

const message = (res: ApiResponse) => JSON.stringify(res.body.errors)
const register = (url: string) => api.rest('POST', 'webhooks', { auth: { token: admin }, body: { events: ['published'], name: `Hook ${url}`, url } })

describe('webhooks never target the inside of the network', () => {
  it.each([
    'https://169.254.169.254/latest/meta-data/',
    'https://127.0.0.1:22/',
    'https://localhost:6379/',
    'https://[::1]/',
    'https://10.0.0.1/hook',
    'https://172.16.5.4/hook',
    'https://192.168.1.10/hook',
    'https://100.64.0.1/hook',
    'https://[fe80::1]/hook',
    'https://[fd12::1]/hook',
    'https://224.0.0.1/hook',
    'https://0.0.0.0/hook',
    'https://[::ffff:127.0.0.1]/hook',
    'https://[::ffff:a9fe:a9fe]/hook',
    'https://2130706433/',
    'https://0177.0.0.1/',
    'https://0x7f.0.0.1/',
    'https://0xa9fea9fe/',
    'https://metadata.google.internal/computeMetadata/v1/',
    'https://carepath.localhost/',
  ])('refuses %s at save, saying why', async (url) => {
    const res = await register(url)
    expect(res.status).toBe(400)
    expect(message(res)).toMatch(/Webhooks cannot be sent to .*: it is (this server itself|a private|a link-local|a cloud metadata|a carrier-grade|a multicast|an unspecified)/)
  })

  it('refuses names that resolve to inside addresses, and names that do not resolve', async () => {
    dns.set('internal.example.org', [{ address: '10.1.2.3', family: 4 }])
    dns.set('mixed.example.org', [{ address: '93.184.215.14', family: 4 }, { address: '127.0.0.1', family: 4 }])
    expect(message(await register('https://internal.example.org/hook'))).toMatch(/internal\.example\.org \(10\.1\.2\.3\): it is a private network address/)
    expect(message(await register('https://mixed.example.org/hook'))).toMatch(/\(127\.0\.0\.1\): it is this server itself/)
    expect(message(await register('https://nowhere.example.org/hook'))).toMatch(/could not be resolved/)
  })

  it('checks again at send time: a name that rebinds to loopback after saving gets nothing', async () => {
    dns.set('rebind.example.org', [{ address: '93.184.215.14', family: 4 }])
    const saved = await register(`https://rebind.example.org:${port}/hook`)
    expect(saved.status).toBe(201)
    dns.set('rebind.example.org', [{ address: '127.0.0.1', family: 4 }])
    const sent = await api.rest('POST', `webhooks/${saved.body.doc.id}/test`, { auth: { token: admin } })
    expect(sent.body).toMatchObject({ delivered: false })
    expect(sent.body.error).toMatch(/cannot be sent to rebind\.example\.org \(127\.0\.0\.1\)/)
    expect(hits).toBe(0)
  })

  it('allows receivers on this machine only with the development allowance, and connects to the address it checked', async () => {
    expect(message(await register(`http://127.0.0.1:${port}/hook`))).toMatch(/CAREPATH_WEBHOOKS_ALLOW_LOCALHOST/)
    process.env.CAREPATH_WEBHOOKS_ALLOW_LOCALHOST = 'true'
    try {
      // Only loopback: the allowance does not open private networks or other names resolving to loopback.
      expect((await register('https://10.0.0.1/hook')).status).toBe(400)
      dns.set('sneaky.example.org', [{ address: '127.0.0.1', family: 4 }])
      expect((await register(`https://sneaky.example.org:${port}/hook`)).status).toBe(400)
      // localhost is resolved once (by the stub) and the request goes to that checked address.
      dns.set('localhost', [{ address: '127.0.0.1', family: 4 }])
      const saved = await register(`http://localhost:${port}/hook`)
      expect(saved.status).toBe(201)
      const sent = await api.rest('POST', `webhooks/${saved.body.doc.id}/test`, { auth: { token: admin } })
      expect(sent.body).toMatchObject({ delivered: true, statusCode: 200 })
      expect(hits).toBe(1)
      // Never in production.
      ;(process.env as Record<string, string>).NODE_ENV = 'production'
      expect((await register(`https://127.0.0.1:${port}/hook`)).status).toBe(400)
    } finally {
      ;(process.env as Record<string, string>).NODE_ENV = 'test'
      delete process.env.CAREPATH_WEBHOOKS_ALLOW_LOCALHOST
    }
  })

  it('allows the receivers the operator listed in CAREPATH_WEBHOOKS_INTERNAL_HOSTS, resolved or literal, and nothing else', async () => {
    dns.set('mirth.hospital.internal', [{ address: '10.20.0.5', family: 4 }])
    dns.set('other.hospital.internal', [{ address: '10.20.0.6', family: 4 }])
    process.env.CAREPATH_WEBHOOKS_INTERNAL_HOSTS = 'mirth.hospital.internal, 127.0.0.1'
    ;(process.env as Record<string, string>).NODE_ENV = 'production'
    try {
      expect((await register('https://mirth.hospital.internal/carepath')).status).toBe(201)
      expect(message(await register('https://other.hospital.internal/carepath'))).toMatch(/\(10\.20\.0\.6\): it is a private network address/)
      expect(message(await register('https://10.20.0.5/carepath'))).toMatch(/it is a private network address/)
      expect(message(await register(`http://127.0.0.1:${port}/hook`))).toMatch(/not allowed in production/)
      const saved = await register(`https://127.0.0.1:${port}/hook`)
      expect(saved.status).toBe(201)
    } finally {
      ;(process.env as Record<string, string>).NODE_ENV = 'test'
      delete process.env.CAREPATH_WEBHOOKS_INTERNAL_HOSTS
    }
  })
})
