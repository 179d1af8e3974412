/**
 * `GET /sitemap.xml` when Next.js serves the request itself (`npm run dev`, `next start`); the production server
 * (scripts/server.ts) answers it on its fast path first with the same handler.
 */
import config from '@payload-config'
import { getPayload, type PayloadRequest } from 'payload'

import { sitemapResponse } from '@/seo/payload/http'

export const dynamic = 'force-dynamic'

export async function GET(request: Request): Promise<Response> {
  const payload = await getPayload({ config })
  try {
    return await sitemapResponse({ payload, user: null } as unknown as PayloadRequest, new URL(request.url))
  } catch (error) {
    const status = (error as { status?: number }).status ?? 500
    const message = status < 500 ? (error as Error).message : 'Something went wrong.'
    return Response.json({ errors: [{ message }] }, { status })
  }
}
