import type { CollectionConfig } from 'payload'

import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { slugField } from '../fields/slug'
import { preventDeleteWhileUsed } from '../hooks/preventDeleteWhileUsed'
import { CONTENT_TYPES } from '../taxonomy/contentTypes'

/** "articles" → "usedInArticles" */
export const usedInField = (type: string) => `usedIn${type[0]!.toUpperCase()}${type.slice(1)}`

/** Shared blocks of text (disclaimers, "When to call 911", calls to action) reused by reference. */
export const Snippets: CollectionConfig<'snippets'> = {
  slug: 'snippets',
  access: { create: editors, delete: editors, read: anyone, update: editors },
  admin: {
    defaultColumns: ['title', 'slug', 'updatedAt'],
    description: 'Write once, use everywhere: insert a snippet into any body with the "Snippet" block.',
    group: 'Taxonomy',
    useAsTitle: 'title',
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      admin: { description: 'For editors only (e.g. "When to call 911"); readers see the body.' },
      required: true,
    },
    slugField('title'),
    {
      name: 'body',
      type: 'richText',
      // Plain Lexical (no snippet blocks): a snippet never nests another.
      localized: true,
      required: true,
    },
    {
      type: 'collapsible',
      admin: { description: 'Every item whose text includes this snippet.' },
      // One join per type: the SQL adapters cannot join polymorphically on a hasMany relationship.
      fields: CONTENT_TYPES.map((type) => ({
        name: usedInField(type),
        type: 'join' as const,
        collection: type,
        on: 'snippetRefs',
      })),
      label: 'Used in',
    },
  ],
  hooks: { beforeDelete: [preventDeleteWhileUsed('snippet', ['snippetRefs'])] },
}
