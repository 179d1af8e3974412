import type { Endpoint } from 'payload'
import { APIError } from 'payload'

import { runBrandCheck } from './runBrandCheck'

/** `POST /api/brand/check` with a BrandCheckInput JSON body → the brand report. */
export const checkContentEndpoint: Endpoint = {
  handler: async (req) => {
    let body: unknown
    try {
      body = await req.json?.()
    } catch {
      throw new APIError('The request body must be JSON.', 400, null, true)
    }
    return Response.json(await runBrandCheck(req, body))
  },
  method: 'post',
  path: '/brand/check',
}
