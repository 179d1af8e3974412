'use client'
import type { Finding } from '../../brand/settings'
import { isBrandRefusal } from '../refusal'

export interface Refusal {
  findings: Finding[]
  /** The language that was being published, when the request said. */
  locale?: string
  message: string
}

const refusals = new Map<string, Refusal>()
const listeners = new Set<() => void>()
const keyOf = (collection: string, id: number | string | null | undefined) => `${collection}/${id ?? 'new'}`
const notify = () => listeners.forEach((listener) => listener())

export function subscribeRefusals(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The last refused publish of this document in this browser tab, until it is saved successfully. */
export const refusalFor = (collection: string | undefined, id: number | string | null | undefined): Refusal | undefined =>
  collection ? refusals.get(keyOf(collection, id)) : undefined

/** Reads one answer to a document save: a brand refusal is remembered, a successful save forgets it. */
export async function noteSaveAnswer(apiRoute: string, url: URL, method: string, response: Response): Promise<void> {
  if (method !== 'PATCH' && method !== 'POST') return
  if (!url.pathname.startsWith(`${apiRoute}/`)) return
  const [collection, id, ...rest] = url.pathname.slice(apiRoute.length + 1).split('/')
  // Only the document routes themselves (`/api/articles`, `/api/articles/12`), not their sub-routes.
  if (!collection || rest.length > 0) return
  const key = keyOf(collection, id ? decodeURIComponent(id) : undefined)
  if (response.ok) {
    if (refusals.delete(key)) notify()
    return
  }
  if (response.status !== 400 || !response.headers.get('content-type')?.includes('application/json')) return
  const body = (await response.clone().json().catch(() => null)) as { errors?: Array<{ data?: unknown; message?: string }> } | null
  const refused = body?.errors?.find((error) => isBrandRefusal(error.data))
  if (!refused || !isBrandRefusal(refused.data)) return
  refusals.set(key, { findings: refused.data.findings, locale: url.searchParams.get('locale') ?? undefined, message: refused.message ?? '' })
  notify()
}

const OBSERVED = Symbol.for('carepath.observedFetch')
type ObservedFetch = typeof fetch & { [OBSERVED]?: true }
let watchers = 0
let unobserved: typeof fetch | undefined

/**
 * Payload's document form gives custom components no word of a failed save (it has only onSuccess), yet the publish
 * gate's answer carries the findings. While an edit view is open, answers to this API's document saves are read on
 * their way back (a copy of the body; the form gets the answer untouched). Every other request passes straight through.
 */
export function observeDocumentSaves(apiRoute: string): () => void {
  if (watchers++ === 0) {
    const passOn = window.fetch
    unobserved = passOn
    const observed: ObservedFetch = async (input, init) => {
      const response = await passOn.call(window, input, init)
      try {
        const request = input instanceof Request ? input : undefined
        const url = new URL(request?.url ?? String(input), window.location.href)
        const method = (init?.method ?? request?.method ?? 'GET').toUpperCase()
        if (url.origin === window.location.origin) void noteSaveAnswer(apiRoute, url, method, response).catch(() => undefined)
      } catch {
        // A URL we cannot read is not a document save.
      }
      return response
    }
    observed[OBSERVED] = true
    window.fetch = observed
  }
  return () => {
    watchers -= 1
    // Put the original back only if nobody wrapped fetch after us; otherwise stay in place (we only read).
    if (watchers === 0 && unobserved && (window.fetch as ObservedFetch)[OBSERVED]) {
      window.fetch = unobserved
      unobserved = undefined
    }
  }
}
