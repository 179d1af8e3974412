import { signPreviewToken, verifyPreviewToken, type PreviewClaims } from '@/preview/token'

const SECRET = 'a-test-secret-of-enough-length-0123456789'
const now = new Date('2026-12-02T12:00:00Z')
const claims: PreviewClaims = { exp: now.getTime() / 1000 + 600, id: '42', type: 'articles', version: '7' }

describe('preview tokens', () => {
  it('carry type, item, version and expiry, and verify with the same secret', () => {
    expect(verifyPreviewToken(SECRET, signPreviewToken(SECRET, claims), now)).toEqual({ claims, ok: true })
  })

  it('are refused when changed, cut, signed with another secret, or expired', () => {
    const token = signPreviewToken(SECRET, claims)
    const [prefix, body, signature] = token.split('.')
    const other = Buffer.from(JSON.stringify({ exp: claims.exp, id: '43', type: 'articles', v: '7' })).toString('base64url')
    const refusals = [
      `${prefix}.${other}.${signature}`,
      `${prefix}.${body}`,
      `${prefix}.${body}.${signature}x`,
      `cpv2.${body}.${signature}`,
      signPreviewToken('another-secret', claims),
      '',
    ].map((t) => verifyPreviewToken(SECRET, t, now))
    for (const verdict of refusals) expect(verdict).toEqual({ ok: false, reason: expect.stringMatching(/^The preview token is not valid/) })
    expect(verifyPreviewToken(SECRET, token, new Date(claims.exp * 1000))).toEqual({ ok: false, reason: 'The preview token has expired. Create a new preview link in the admin.' })
  })
})
