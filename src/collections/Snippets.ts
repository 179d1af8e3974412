import type { CollectionConfig } from 'payload'

import { publishedOrStaff } from '../access/publishedOrStaff'
import { staff } from '../access/staff'
import { auditChange, auditDeletion } from '../audit/hooks'
import { editors } from '../access/editors'
import { slugField } from '../fields/slug'
import { preventDeleteWhileUsed } from '../hooks/preventDeleteWhileUsed'
import { refuseUnsafeLinks } from '../security/refuseUnsafeLinks'
import { CONTENT_TYPES } from '../taxonomy/contentTypes'
import { saveSnippet } from '../workflowGate/access'
import { rememberDraftSave } from '../workflowGate/applyWorkflow'
import { reviewSnippetChanges, snippetReachEndpoint } from '../workflowGate/snippetReview'

/** "articles" → "usedInArticles" */
export const usedInField = (type: string) => `usedIn${type[0]!.toUpperCase()}${type.slice(1)}`

/** Shared blocks of text (disclaimers, "When to call 911", calls to action) reused by reference. */
export const Snippets: CollectionConfig<'snippets'> = {
  slug: 'snippets',
  // Staff read drafts, everyone else the published text; publishing a change is a review act (snippetReview), offered
  // only to roles that may publish this snippet.
  access: { create: editors, delete: editors, read: publishedOrStaff, readVersions: staff, update: saveSnippet },
  admin: {
    defaultColumns: ['title', 'slug', 'clinical', '_status', 'updatedAt'],
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
      name: 'clinical',
      type: 'checkbox',
      admin: { description: 'Medical or legal wording (disclaimers, when to call 911): a medical reviewer publishes changes.', position: 'sidebar' },
      defaultValue: true,
    },
    {
      name: 'reach',
      type: 'ui',
      admin: { components: { Field: '/src/workflowGate/SnippetReach#SnippetReach' }, position: 'sidebar' },
    },
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
  endpoints: [snippetReachEndpoint],
  hooks: {
    afterChange: [auditChange],
    afterDelete: [auditDeletion],
    beforeChange: [refuseUnsafeLinks, reviewSnippetChanges],
    beforeDelete: [preventDeleteWhileUsed('snippet', ['snippetRefs'])],
    beforeOperation: [rememberDraftSave as never],
  },
  versions: { drafts: true, maxPerDoc: 50 },
}
