import type { CollectionBeforeValidateHook } from 'payload'
import { ValidationError } from 'payload'

import { detectParentCycle, findCodeConflicts } from '../../../clinical/conditionCodes'
import { normalizeICD10CM, validateICD10CM } from '../../../clinical/icd10cm'
import { idOf as relationId } from '../../../utilities/idOf'

type ConditionData = { icd10Codes?: null | string[]; parent?: null | number | string | { id: number | string }; snomedCodes?: null | string[] }

const idOf = (ref: ConditionData['parent']) => relationId(ref) ?? null

/**
 * Codes are stored normalised (E119 → E11.9). A code may belong to two conditions only when one is
 * the other's ancestor (E11.9 on "Type 2 diabetes" and on its parent "Diabetes" is fine), and a
 * condition can never become its own ancestor.
 */
export const normaliseAndCheckCodes: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const condition = data as ConditionData
  if (Array.isArray(condition.icd10Codes)) {
    condition.icd10Codes = [...new Set(condition.icd10Codes.map((c) => (validateICD10CM(c).ok ? normalizeICD10CM(c) : c)))]
  }
  if (Array.isArray(condition.snomedCodes)) condition.snomedCodes = [...new Set(condition.snomedCodes.map((c) => c.trim()))]

  const id = originalDoc?.id ?? null
  const { docs } = await req.payload.find({
    collection: 'conditions',
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { icd10Codes: true, name: true, parent: true, snomedCodes: true },
  })
  const others = docs.filter((d) => String(d.id) !== String(id))
  const candidate = {
    icd10: condition.icd10Codes ?? (originalDoc?.icd10Codes as string[] | undefined) ?? [],
    id: id === null ? undefined : String(id),
    parentId: (() => {
      const parent = 'parent' in condition ? idOf(condition.parent) : idOf(originalDoc?.parent)
      return parent === null ? null : String(parent)
    })(),
    snomed: condition.snomedCodes ?? (originalDoc?.snomedCodes as string[] | undefined) ?? [],
  }
  const existing = others.map((d) => ({
    icd10: d.icd10Codes ?? [],
    id: String(d.id),
    name: d.name,
    parentId: idOf(d.parent as ConditionData['parent']) === null ? null : String(idOf(d.parent as ConditionData['parent'])),
    snomed: d.snomedCodes ?? [],
  }))
  if (detectParentCycle(existing, candidate)) {
    throw new ValidationError({ collection: 'conditions', errors: [{ message: 'A condition cannot be its own parent or ancestor.', path: 'parent' }] })
  }
  const conflicts = findCodeConflicts(existing, candidate)
  if (conflicts.length) {
    throw new ValidationError({
      collection: 'conditions',
      errors: conflicts.map((c) => ({ message: c.message, path: c.system === 'SNOMEDCT' ? 'snomedCodes' : 'icd10Codes' })),
    })
  }
  return data
}

