/**
 * Preview tokens: a short-lived, signed permission to read one draft version of one item. HMAC-SHA256 with a key
 * derived from the Payload secret; nothing is stored, so a token cannot be revoked early: keep lifetimes short.
 */
import crypto from 'node:crypto'

import { isContentType, type ContentType } from '../taxonomy/contentTypes'

export const MAX_PREVIEW_SECONDS = 3600
export const DEFAULT_PREVIEW_SECONDS = 3600
const PREFIX = 'cpv1'

export interface PreviewClaims {
  type: ContentType
  /** The item's id. */
  id: string
  /** The id of the version the token shows. */
  version: string
  /** Expiry, epoch seconds. */
  exp: number
}

export type PreviewVerdict = { claims: PreviewClaims; ok: true } | { ok: false; reason: string }

/** A key for preview tokens only: a token can never pass for anything else signed with the Payload secret. */
const keyFrom = (secret: string) => crypto.createHmac('sha256', secret).update('carepath preview tokens').digest()
const sign = (secret: string, body: string) => crypto.createHmac('sha256', keyFrom(secret)).update(body).digest('base64url')

export function signPreviewToken(secret: string, claims: PreviewClaims): string {
  const body = Buffer.from(JSON.stringify({ exp: claims.exp, id: claims.id, type: claims.type, v: claims.version })).toString('base64url')
  return `${PREFIX}.${body}.${sign(secret, `${PREFIX}.${body}`)}`
}

const REFUSED = 'The preview token is not valid (it was changed, cut off, or made by another Carepath). Create a new preview link.'

export function verifyPreviewToken(secret: string, token: string, now: Date = new Date()): PreviewVerdict {
  const [prefix, body, signature] = token.split('.')
  if (prefix !== PREFIX || !body || !signature || token.split('.').length !== 3) return { ok: false, reason: REFUSED }
  const expected = Buffer.from(sign(secret, `${prefix}.${body}`))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) return { ok: false, reason: REFUSED }
  let parsed: { exp?: unknown; id?: unknown; type?: unknown; v?: unknown }
  try {
    parsed = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return { ok: false, reason: REFUSED }
  }
  const { exp, id, type, v } = parsed
  if (typeof exp !== 'number' || typeof id !== 'string' || typeof v !== 'string' || !isContentType(type)) return { ok: false, reason: REFUSED }
  if (exp * 1000 <= now.getTime()) return { ok: false, reason: 'The preview token has expired. Create a new preview link in the admin.' }
  return { claims: { exp, id, type, version: v }, ok: true }
}
