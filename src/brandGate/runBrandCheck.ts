import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { brandCheckInputSchema } from '../brand/content'
import { checkContent, type BrandReport } from '../brand/engine'
import { loadBrandSettings } from './loadBrandSettings'

/**
 * The publish gate's checks on content that is not stored (for tools that draft elsewhere).
 * Same engine, same guidelines, same answer. Staff and API clients only.
 */
export async function runBrandCheck(req: PayloadRequest, rawInput: unknown): Promise<BrandReport> {
  if (!req.user) throw new APIError('Sign in, or send an API client key, to check content.', 401, null, true)
  const parsed = brandCheckInputSchema.safeParse(rawInput)
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || 'input'}: ${i.message}`)
    throw new APIError(`The content to check is not valid: ${problems.join('; ')}.`, 400, null, true)
  }
  return checkContent(parsed.data, await loadBrandSettings(req))
}
