import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { brandCheckRequestSchema, type BrandReport } from '../brand'
import { BrandCheckUnavailable, checkContentOffThread } from './brandWorkerPool'
import { loadBrandSettingsCached } from './loadBrandSettings'

/**
 * The publish gate's checks on content that is not stored (for tools that draft elsewhere).
 * Same engine, same guidelines, same answer, on a worker thread. Staff and API clients only; size-limited.
 */
export async function runBrandCheck(req: PayloadRequest, rawInput: unknown): Promise<BrandReport> {
  if (!req.user) throw new APIError('Sign in, or send an API client key, to check content.', 401, null, true)
  const parsed = brandCheckRequestSchema.safeParse(rawInput)
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || 'input'}: ${i.message}`)
    throw new APIError(`The content to check is not valid: ${problems.join('; ')}.`, 400, null, true)
  }
  try {
    return await checkContentOffThread(parsed.data, await loadBrandSettingsCached(req))
  } catch (error) {
    if (error instanceof BrandCheckUnavailable) throw new APIError(error.message, 503, null, true)
    throw error
  }
}
