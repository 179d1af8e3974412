/**
 * Draft previews for the website: staff create a link (`POST /api/preview-links`, or the admin's live preview) to
 * CAREPATH_PREVIEW_URL carrying a signed token for one version of one item; the website reads that draft with
 * `deliveredItem(type, slug, previewToken)`. Live preview shows the website's preview route beside the form.
 */
import type { Endpoint, PayloadRequest, RootLivePreviewConfig, UIField } from 'payload'
import { APIError } from 'payload'

import { CONTENT_TYPES, isContentType } from '../taxonomy/contentTypes'
import { asLocale } from '../taxonomy/locales'
import { createPreviewToken } from './draft'
import { MAX_PREVIEW_SECONDS } from './token'

/** The website's preview route (CAREPATH_PREVIEW_URL, e.g. https://www.hospital.example/api/preview), or null when unset. */
export function previewRoute(env: NodeJS.ProcessEnv = process.env): null | string {
  const raw = env.CAREPATH_PREVIEW_URL?.trim()
  if (!raw) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new Error(`CAREPATH_PREVIEW_URL must be an absolute URL such as https://www.hospital.example/api/preview (got '${raw.slice(0, 100)}').`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('CAREPATH_PREVIEW_URL must start with https://.')
  return url.toString()
}

/** The website's preview address for one draft: `?type=…&slug=…&locale=…&token=…` added to the preview route. */
export function previewURL(route: string, params: { locale: string; slug: null | string; token: string; type: string }): string {
  const url = new URL(route)
  for (const [key, value] of Object.entries(params)) if (value) url.searchParams.set(key, value)
  return url.toString()
}

async function readBody(req: PayloadRequest): Promise<Record<string, unknown>> {
  try {
    const body = await req.json?.()
    return body && typeof body === 'object' ? (body as Record<string, unknown>) : {}
  } catch {
    throw new APIError('The request body is not valid JSON: send {"type": "articles", "id": 42}.', 400, null, true)
  }
}

/** `POST /api/preview-links` `{ type, id, locale?, expiresInSeconds? }` (staff): `{ token, url, expiresAt }`. */
export const previewLinkEndpoint: Endpoint = {
  handler: async (req) => {
    const body = await readBody(req)
    if (!isContentType(body.type)) throw new APIError(`type must be one of ${CONTENT_TYPES.join(', ')}.`, 400, null, true)
    if (typeof body.id !== 'number' && typeof body.id !== 'string') throw new APIError('id must be the item\'s id.', 400, null, true)
    if (body.expiresInSeconds !== undefined && typeof body.expiresInSeconds !== 'number') {
      throw new APIError(`expiresInSeconds must be a number of seconds (at most ${MAX_PREVIEW_SECONDS}).`, 400, null, true)
    }
    const { claims, slug, token } = await createPreviewToken(req, { expiresInSeconds: body.expiresInSeconds as number | undefined, id: body.id, type: body.type })
    const route = previewRoute()
    return Response.json(
      {
        expiresAt: new Date(claims.exp * 1000).toISOString(),
        token,
        url: route ? previewURL(route, { locale: asLocale(body.locale), slug, token, type: claims.type }) : null,
      },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
  method: 'post',
  path: '/preview-links',
}

/** Payload live preview for the four content types at the website's common sizes, when CAREPATH_PREVIEW_URL is set. */
export function livePreview(env: NodeJS.ProcessEnv = process.env): RootLivePreviewConfig | undefined {
  const route = previewRoute(env)
  if (!route) return undefined
  return {
    breakpoints: [
      { height: 900, label: 'Desktop', name: 'desktop', width: 1440 },
      { height: 1024, label: 'Tablet', name: 'tablet', width: 768 },
      { height: 812, label: 'Phone', name: 'phone', width: 375 },
    ],
    collections: [...CONTENT_TYPES],
    url: async ({ collectionConfig, data, locale, req }) => {
      const type = collectionConfig?.slug
      if (!isContentType(type) || !data?.id || !req.user) return null
      const { slug, token } = await createPreviewToken(req, { id: data.id as number | string, type })
      return previewURL(route, { locale: asLocale(locale?.code), slug, token, type })
    },
  }
}

/** The sidebar's *Create preview link* button on the four content types. */
export const previewLinkField = (): UIField => ({
  name: 'previewLink',
  type: 'ui',
  admin: { components: { Field: '/src/preview/PreviewLinkButton#PreviewLinkButton' }, position: 'sidebar' },
})
