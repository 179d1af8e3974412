import type { CollectionConfig } from 'payload'

import { editors } from '../access/editors'
import { publishedOrStaff } from '../access/publishedOrStaff'
import { staff } from '../access/staff'
import { slugField } from '../fields/slug'

export const Articles: CollectionConfig<'articles'> = {
  slug: 'articles',
  access: {
    create: editors,
    delete: editors,
    read: publishedOrStaff,
    readVersions: staff,
    update: editors,
  },
  admin: {
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    useAsTitle: 'title',
  },
  fields: [
    { name: 'title', type: 'text', localized: true, required: true },
    slugField('title'),
    {
      name: 'summary',
      type: 'textarea',
      admin: { description: 'One or two plain-language sentences shown in lists and search results.' },
      localized: true,
      maxLength: 300,
    },
    { name: 'body', type: 'richText', localized: true },
    { name: 'heroImage', type: 'upload', relationTo: 'media' },
  ],
  versions: {
    drafts: { schedulePublish: true },
    maxPerDoc: 50,
  },
}
