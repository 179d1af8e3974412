import type { GlobalAfterChangeHook, GlobalBeforeValidateHook } from 'payload'
import { ValidationError } from 'payload'

import { brandGuidelineSettingsSchema } from '../brand'
import { settingsInputFromGuidelines } from './settingsFromGuidelines'

/** Rejects settings the engine could not run with, in the words of the zod schema. */
export const validateGuidelines: GlobalBeforeValidateHook = ({ data }) => {
  const parsed = brandGuidelineSettingsSchema.safeParse(settingsInputFromGuidelines(data ?? {}))
  if (!parsed.success) {
    throw new ValidationError({
      errors: parsed.error.issues.map((issue) => ({ message: issue.message, path: issue.path.join('.') })),
      global: 'brandGuidelines',
    })
  }
  return data
}

/**
 * Changed rules re-check every published item in the background; nothing is unpublished. Not for the re-check's own
 * result, nor when server code says there is nothing published to re-check (`context.skipBrandRecheck`, the demo seed).
 */
export const queueRecheck: GlobalAfterChangeHook = async ({ context, req }) => {
  if (context.brandRecheckResult || context.skipBrandRecheck) return
  await req.payload.jobs.queue({ input: {}, req, task: 'recheckBrandCompliance' })
}
