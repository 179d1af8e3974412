import type { PayloadRequest } from 'payload'

import type { BrandGuidelineSettings } from '../brand/settings'
import { keepingRequestLocale } from '../hooks/keepingRequestLocale'
import { settingsFromGuidelines } from './settingsFromGuidelines'

/** The brand guidelines as the engine's settings, read within the request (and its transaction) without changing its locale. */
export async function loadBrandSettings(req: PayloadRequest): Promise<BrandGuidelineSettings> {
  const guidelines = await keepingRequestLocale(req, () =>
    req.payload.findGlobal({ depth: 0, overrideAccess: true, req, slug: 'brandGuidelines' }),
  )
  return settingsFromGuidelines(guidelines)
}
