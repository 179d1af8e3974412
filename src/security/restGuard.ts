import type { SanitizedConfig } from 'payload'

type RouteHandler = (request: Request, context: { params: Promise<{ slug: string[] }> }) => Promise<Response>

const refuse = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/** The `:id` a collection endpoint path (`/:id`, `/versions/:id`, `/:id/duplicate`) captures from `segments`, if it matches. */
function idFor(pattern: string, segments: string[]): string | undefined | null {
  const parts = pattern.split('/').filter(Boolean)
  const required = parts.filter((p) => !p.endsWith('?')).length
  if (segments.length < required || segments.length > parts.length) return null
  let id: string | undefined
  for (const [i, part] of parts.entries()) {
    const segment = segments[i]
    if (segment === undefined) return part.endsWith('?') ? id : null
    if (part.startsWith(':')) {
      if (part.replace(/\?$/, '') === ':id') id = segment
    } else if (part !== segment) return null
  }
  return id
}

/** Whether `id` can be an item id on this database: whole numbers on SQL, 24 hex digits (ObjectId) on MongoDB. */
const validId = (id: string, idType: unknown) => (idType === 'number' ? /^\d{1,15}$/.test(id) : idType === 'text' ? /^[0-9a-f]{24}$/i.test(id) : true)

/**
 * Wraps Payload's REST routes: requests Payload would answer with a 500 from deep inside the database get a 4xx with a
 * message first: `where` that is not an object (`?where=text`), and ids that cannot exist on this database (`/api/articles/abc`).
 */
export function guardREST(handler: RouteHandler, config: Promise<SanitizedConfig>): RouteHandler {
  return async (request, context) => {
    const url = new URL(request.url)
    if (url.searchParams.has('where')) {
      return refuse(400, '"where" must be an object in bracket form, e.g. ?where[slug][equals]=living-with-diabetes.')
    }
    const { slug = [] } = await context.params
    const [collectionSlug, ...rest] = slug
    const sanitized = await config
    const collection = sanitized.collections.find((c) => c.slug === collectionSlug)
    if (collection && rest.length > 0) {
      const endpoints = (Array.isArray(collection.endpoints) ? collection.endpoints : []).filter((e) => e.method === request.method.toLowerCase())
      // A route that matches without an `:id` (a named route such as `/versions`, or `/:key` of the admin's
      // preferences, `/api/payload-preferences/locale`) is not an id lookup.
      const matches = endpoints.map((e) => idFor(e.path, rest)).filter((id) => id !== null)
      const ids = matches.every((id) => typeof id === 'string') ? (matches as string[]) : []
      const idType = (sanitized.db as { defaultIDType?: unknown }).defaultIDType
      if (ids.length > 0 && ids.every((id) => !validId(decodeURIComponent(id), idType))) {
        return refuse(404, `Not found: ids in "${collection.slug}" are ${idType === 'number' ? 'whole numbers' : '24-character hexadecimal ObjectIds'}.`)
      }
    }
    return handler(request, context)
  }
}
