import { randomBytes } from 'node:crypto'

/** Standard Webhooks secrets: `whsec_` + base64 of 24–64 random bytes. */
const PREFIX = 'whsec_'
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/

export const generateWebhookSecret = () => `${PREFIX}${randomBytes(32).toString('base64')}`

export function checkWebhookSecret(value: unknown): string | true {
  if (typeof value !== 'string' || !value) return true // empty: a new secret is generated
  const encoded = value.startsWith(PREFIX) ? value.slice(PREFIX.length) : ''
  const bytes = BASE64.test(encoded) && encoded.length % 4 === 0 ? Buffer.from(encoded, 'base64').length : 0
  if (bytes >= 24 && bytes <= 64) return true
  return "The secret must look like 'whsec_' followed by 24–64 random bytes in base64. Clear the field to generate a new one."
}
