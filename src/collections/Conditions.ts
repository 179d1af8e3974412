import type { CollectionBeforeValidateHook, CollectionConfig, TextFieldManyValidation } from 'payload'
import { ValidationError } from 'payload'

import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { normalizeICD10CM, validateICD10CM } from '../clinical/icd10cm'
import { detectParentCycle, findCodeConflicts } from '../clinical/conditionCodes'
import { validateSNOMEDCT } from '../clinical/snomed'
import { idOf as relationId } from '../utilities/idOf'
import { slugField } from '../fields/slug'
import { preventDeleteWhileUsed } from '../hooks/preventDeleteWhileUsed'

const validateCodes =
  (validate: (raw: string) => { message: string; ok: false } | { ok: true }): TextFieldManyValidation =>
  (values) => {
    const problems = (values ?? []).map((v) => validate(v)).filter((r): r is { message: string; ok: false } => !r.ok)
    return problems.length ? problems.map((p) => p.message).join(' ') : true
  }

type ConditionData = { icd10Codes?: null | string[]; parent?: null | number | string | { id: number | string }; snomedCodes?: null | string[] }

const idOf = (ref: ConditionData['parent']) => relationId(ref) ?? null

/**
 * Codes are stored normalised (E119 → E11.9). A code may belong to two conditions only when one is
 * the other's ancestor (E11.9 on "Type 2 diabetes" and on its parent "Diabetes" is fine), and a
 * condition can never become its own ancestor.
 */
const normaliseAndCheckCodes: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
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

/** Clinical conditions content is tagged with; codes let the patient portal find content from a problem list. */
export const Conditions: CollectionConfig<'conditions'> = {
  slug: 'conditions',
  access: { create: editors, delete: editors, read: anyone, update: editors },
  admin: {
    defaultColumns: ['name', 'serviceLine', 'icd10Codes', 'snomedCodes', 'parent'],
    description: 'Conditions with their ICD-10-CM and SNOMED CT codes.',
    group: 'Taxonomy',
    listSearchableFields: ['name', 'slug', 'synonyms'],
    useAsTitle: 'name',
  },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    slugField('name'),
    {
      name: 'synonyms',
      type: 'text',
      admin: { description: 'Plain-language names patients use, e.g. "high blood pressure" for hypertension.' },
      hasMany: true,
      localized: true,
    },
    {
      name: 'parent',
      type: 'relationship',
      admin: { description: 'Broader condition, e.g. "Diabetes" for "Gestational diabetes".' },
      relationTo: 'conditions',
    },
    { name: 'serviceLine', type: 'text', admin: { description: 'e.g. Cardiology, Women\'s health, Endocrinology.' }, index: true },
    {
      name: 'icd10Codes',
      type: 'text',
      admin: { description: 'ICD-10-CM codes, e.g. E11.9 or O24.419 (case and dot are normalised).' },
      hasMany: true,
      index: true,
      label: 'ICD-10-CM codes',
      validate: validateCodes(validateICD10CM),
    },
    {
      name: 'snomedCodes',
      type: 'text',
      admin: { description: 'SNOMED CT concept ids, e.g. 44054006 (the check digit is verified).' },
      hasMany: true,
      index: true,
      label: 'SNOMED CT concept ids',
      validate: validateCodes(validateSNOMEDCT),
    },
    { name: 'description', type: 'textarea', localized: true },
    {
      name: 'children',
      type: 'join',
      admin: { description: 'Narrower conditions.' },
      collection: 'conditions',
      on: 'parent',
    },
  ],
  hooks: {
    beforeDelete: [preventDeleteWhileUsed('condition', ['conditions'])],
    beforeValidate: [normaliseAndCheckCodes],
  },
}
