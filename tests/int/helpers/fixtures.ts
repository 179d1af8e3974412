import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import type { Role } from '@/access/roles'

let counter = 0

/** Creates a staff account through the Local API and returns a JWT obtained by a real login. */
export async function createStaff(payload: Payload, roles: Role[], name = 'staff') {
  counter += 1
  const email = `${name}-${counter}@carepath.test`
  const password = `pw-${randomUUID()}`
  const user = await payload.create({ collection: 'users', data: { email, name, password, roles } })
  const { token } = await payload.login({ collection: 'users', data: { email, password } })
  return { email, password, token: token!, user }
}

export async function createApiClient(payload: Payload, kind: 'automation' | 'portal' | 'website' = 'website') {
  counter += 1
  const apiKey = randomUUID()
  const client = await payload.create({
    collection: 'api-clients',
    data: { apiKey, enableAPIKey: true, kind, name: `${kind} client ${counter}` },
  })
  return { apiKey, client }
}

/** A minimal Lexical document with one paragraph per string. */
export const lexical = (...paragraphs: string[]) => ({
  root: {
    type: 'root',
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      children: [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text, version: 1 }],
      direction: 'ltr' as const,
      format: '' as const,
      indent: 0,
      textFormat: 0,
      version: 1,
    })),
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    version: 1,
  },
})
