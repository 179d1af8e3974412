import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { purgerConfig, sendPurge } from '@/delivery/edge/purge'

describe('the CDN purger', () => {
  it('is off without CAREPATH_CDN_PURGE_URL and refuses an address that is not http(s)', () => {
    expect(purgerConfig({})).toBeNull()
    expect(() => purgerConfig({ CAREPATH_CDN_PURGE_URL: 'varnish:6081' })).toThrow(/must list http\(s\) URLs/)
  })

  it('sends PURGE with the keys in xkey-purge and Surrogate-Key (Varnish xkey, Fastly-style endpoints)', async () => {
    const seen: Array<{ headers: http.IncomingHttpHeaders; method?: string }> = []
    const server = http.createServer((req, res) => {
      seen.push({ headers: req.headers, method: req.method })
      res.writeHead(200).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const config = purgerConfig({ CAREPATH_CDN_PURGE_TOKEN: 'secret', CAREPATH_CDN_PURGE_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })!
      await sendPurge(config, ['cp-wide', 'i:articles/1', 'st:awareness'])
      expect(seen).toEqual([{ headers: expect.objectContaining({ 'fastly-key': 'secret', 'surrogate-key': 'cp-wide i:articles/1 st:awareness', 'xkey-purge': 'cp-wide i:articles/1 st:awareness' }), method: 'PURGE' }])
    } finally {
      server.close()
    }
  })

  it('says which endpoint failed, so the log tells an operator what to fix', async () => {
    const config = purgerConfig({ CAREPATH_CDN_PURGE_URL: 'http://127.0.0.1:1/' })!
    await expect(sendPurge(config, ['cp'])).rejects.toThrow(/CDN purge failed \(127\.0\.0\.1:1/)
  })

  it('speaks Cloudflare\'s purge API: POST { tags }, 30 a call, with the token as a bearer', async () => {
    const calls: Array<{ body: unknown; headers: Record<string, string>; method?: string }> = []
    const fetchImpl = (async (_url: string, init: RequestInit) => {
      calls.push({ body: JSON.parse(String(init.body)), headers: init.headers as Record<string, string>, method: init.method })
      return new Response('{}', { status: 200 })
    }) as unknown as typeof fetch
    const config = purgerConfig({ CAREPATH_CDN_PURGE_TOKEN: 't', CAREPATH_CDN_PURGE_URL: 'https://api.cloudflare.com/client/v4/zones/z/purge_cache' })!
    await sendPurge(config, Array.from({ length: 45 }, (_, i) => `i:articles/${i}`), fetchImpl)
    expect(calls.map((c) => (c.body as { tags: string[] }).tags.length)).toEqual([30, 15])
    expect(calls[0]).toMatchObject({ headers: { Authorization: 'Bearer t' }, method: 'POST' })
  })
})
