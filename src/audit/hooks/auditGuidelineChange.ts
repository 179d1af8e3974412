import type { GlobalAfterChangeHook } from 'payload'

import { changedFieldNames } from '../changedFields'
import { recordAudit } from '../recordAudit'

/** Written by the re-check job, not by a person. */
const RESULT_FIELDS = ['lastRecheck']

/** A guideline save records which settings changed; the re-check job writing its result is not a change. */
export const auditGuidelineChange: GlobalAfterChangeHook = async ({ context, doc, global, previousDoc, req }) => {
  if (context.brandRecheckResult) return doc
  const changedFields = changedFieldNames(previousDoc, doc, RESULT_FIELDS)
  if (changedFields.length) await recordAudit(req, { action: 'guidelineChange', changedFields, collection: global.slug })
  return doc
}
