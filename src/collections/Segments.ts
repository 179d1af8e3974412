import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { auditChange, auditDeletion } from '../audit/hooks'
import { editors } from '../access/editors'
import { slugField } from '../fields/slug'
import { preventDeleteWhileUsed } from '../hooks/preventDeleteWhileUsed'

/** Audience segments content is written for (new moms, caregivers, seniors 65+, Spanish speakers…). */
export const Segments: CollectionConfig<'segments'> = {
  slug: 'segments',
  access: { create: editors, delete: editors, read: anyone, update: editors },
  admin: {
    defaultColumns: ['name', 'slug', 'description'],
    description: 'Who content is written for. Items with no segment are for everyone.',
    group: 'Taxonomy',
    useAsTitle: 'name',
  },
  fields: [
    { name: 'name', type: 'text', localized: true, required: true },
    slugField('name'),
    { name: 'description', type: 'textarea', localized: true },
  ],
  hooks: { afterChange: [auditChange], afterDelete: [auditDeletion], beforeDelete: [preventDeleteWhileUsed('segment', ['segments', 'variants.segments'])] },
}
