/**
 * Publishing over HTTP as the demo's people do it (editor drafts and submits, reviewer approves, admin publishes), for
 * the tests that drive a production server from outside.
 */
import assert from 'node:assert/strict'

import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { signInOverHttp } from './answer'

export type Rest = (method: string, url: string, token: string, body?: unknown) => Promise<Record<string, any>>

/** A JSON call to `base`/api that must succeed. */
export const restOver = (base: string): Rest => async (method, url, token, body) => {
  const res = await fetch(`${base}/api/${url}`, { body: body === undefined ? undefined : JSON.stringify(body), headers: { Authorization: token, 'Content-Type': 'application/json' }, method })
  const json = (await res.json()) as Record<string, any>
  assert.ok(res.ok, `${method} /api/${url}: HTTP ${res.status} ${JSON.stringify(json).slice(0, 400)}`)
  return json
}

/** Signs the demo editor, reviewer and admin in; `publish(id)` takes a submitted-ready draft through review to live. */
export async function demoPublisher(base: string) {
  const rest = restOver(base)
  const [editor, reviewer, admin] = await Promise.all(['editor', 'reviewer', 'admin'].map((who) => signInOverHttp(base, `${who}@carepath.example`, DEMO_PASSWORD)))
  return {
    draft: async (collection: string, data: Record<string, unknown>) => (await rest('POST', `${collection}?draft=true`, editor!, data)).doc as { id: number; slug: string },
    publish: async (collection: string, id: number | string) => {
      await rest('POST', `${collection}/${id}/workflow`, editor!, { action: 'submit' })
      await rest('POST', `${collection}/${id}/workflow`, reviewer!, { action: 'approve' })
      return (await rest('PATCH', `${collection}/${id}`, admin!, { _status: 'published' })).doc as { id: number; slug: string }
    },
  }
}
