import type { CollectionConfig, TextFieldManyValidation } from 'payload'

import { anyone } from '../../access/anyone'
import { auditChange, auditDeletion } from '../../audit/hooks'
import { editors } from '../../access/editors'
import { validateICD10CM } from '../../clinical/icd10cm'
import { validateSNOMEDCT } from '../../clinical/snomed'
import { slugField } from '../../fields/slug'
import { preventDeleteWhileUsed } from '../../hooks/preventDeleteWhileUsed'
import { normaliseAndCheckCodes } from './hooks/normaliseAndCheckCodes'

const validateCodes =
  (validate: (raw: string) => { message: string; ok: false } | { ok: true }): TextFieldManyValidation =>
  (values) => {
    const problems = (values ?? []).map((v) => validate(v)).filter((r): r is { message: string; ok: false } => !r.ok)
    return problems.length ? problems.map((p) => p.message).join(' ') : true
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
    afterChange: [auditChange],
    afterDelete: [auditDeletion],
    beforeDelete: [preventDeleteWhileUsed('condition', ['conditions'])],
    beforeValidate: [normaliseAndCheckCodes],
  },
}
