import { resolvePayloadSecret } from '@/secret'

describe('resolvePayloadSecret', () => {
  const long = 'a'.repeat(64)

  it('uses PAYLOAD_SECRET when set', () => {
    expect(resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: long })).toBe(long)
  })

  it('refuses to run in production without PAYLOAD_SECRET, saying how to fix it', () => {
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET is not set.*openssl rand -hex 32/s)
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: '   ' })).toThrow(/not set/)
  })

  it('refuses a short production secret', () => {
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'secret' })).toThrow(/too short/)
  })

  it('lets development and `next build` run without one', () => {
    expect(resolvePayloadSecret({ NODE_ENV: 'development' })).toMatch(/development/)
    expect(resolvePayloadSecret({ NEXT_PHASE: 'phase-production-build', NODE_ENV: 'production' })).toMatch(/development/)
  })
})
