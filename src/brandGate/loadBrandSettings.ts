import type { GlobalAfterChangeHook, PayloadRequest } from 'payload'

import type { BrandGuidelineSettings } from '../brand'
import { keepingRequestLocale } from '../localApi/keepingRequestLocale'
import { settingsFromGuidelines } from './settingsFromGuidelines'

/** The brand guidelines as the engine's settings, read within the request (and its transaction) without changing its locale. */
export async function loadBrandSettings(req: PayloadRequest): Promise<BrandGuidelineSettings> {
  const guidelines = await keepingRequestLocale(req, () =>
    // Depth 1 for the disclaimer snippets' titles, so a missing disclaimer is named in the editor's words.
    req.payload.findGlobal({ depth: 1, overrideAccess: true, req, slug: 'brandGuidelines' }),
  )
  return settingsFromGuidelines(guidelines)
}

const SETTINGS_TTL_MS = 1000
const cachedSettings = new WeakMap<PayloadRequest['payload'], { expires: number; settings: Promise<BrandGuidelineSettings> }>()

/**
 * The guidelines for checks of content that is not stored, read at most once a second per server: a flood of checks
 * must not become a flood of database reads. Another instance's change applies within a second; this one's at once.
 */
export function loadBrandSettingsCached(req: PayloadRequest): Promise<BrandGuidelineSettings> {
  const now = Date.now()
  const cached = cachedSettings.get(req.payload)
  if (cached && cached.expires > now) return cached.settings
  const settings = loadBrandSettings(req)
  cachedSettings.set(req.payload, { expires: now + SETTINGS_TTL_MS, settings })
  settings.catch(() => cachedSettings.delete(req.payload))
  return settings
}

/** Guidelines afterChange: the next check reads the new settings. */
export const forgetCachedSettings: GlobalAfterChangeHook = ({ req }) => {
  cachedSettings.delete(req.payload)
}
