import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import type { Role } from '@/access/roles'
import { paragraphsToLexical } from '@/seed/lexical'

let counter = 0

/** Creates a staff account through the Local API and returns a JWT obtained by a real login. */
export async function createStaff(payload: Payload, roles: Role[], name = 'staff', extra: { credentials?: string } = {}) {
  counter += 1
  const email = `${name}-${counter}@carepath.test`
  const password = `pw-${randomUUID()}`
  const credentials = extra.credentials ?? (roles.includes('medicalReviewer') ? 'MD' : undefined)
  const user = await payload.create({ collection: 'users', data: { credentials, email, name, password, roles } })
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

/** A Lexical document with one paragraph per string. */
export const lexical = (...paragraphs: string[]) => paragraphsToLexical(paragraphs)

/** A Lexical `snippet` block referencing snippet `id`, as the admin's editor stores it. */
export const snippetBlock = (id: number | string) => ({
  type: 'block',
  fields: { blockName: '', blockType: 'snippet', id: `blk${String(id)}`, snippet: id },
  format: '',
  version: 2,
})
