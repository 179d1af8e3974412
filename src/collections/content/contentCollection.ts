import type { CollectionConfig, CollectionSlug, Field } from 'payload'

import { editors } from '../../access/editors'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { staff } from '../../access/staff'
import { adminTitleField } from '../../fields/adminTitle'
import { contentEditor } from '../../fields/contentEditor'
import { limitListFilters } from '../../fields/listFilters'
import { medicalReviewFields } from '../../fields/medicalReview'
import { slugField } from '../../fields/slug'
import { previewLinkField } from '../../preview/link'
import { previousSlugsField } from '../../redirects/slugHistory'
import { targetingFields } from '../../fields/targeting'
import { variantsField } from '../../fields/variants'
import { auditChange, auditDeletion, rememberLiveStatus, rememberRestoredVersion } from '../../audit/hooks'
import { saveContent } from '../../workflowGate/access'
import { applyWorkflow, checkDelete, rememberDraftSave } from '../../workflowGate/applyWorkflow'
import { reviewActEndpoint, workflowStatusEndpoint } from '../../workflowGate/endpoints'
import { workflowFields } from '../../workflowGate/fields'
import { checkBrandGuidelines } from '../../brandGate/checkBrandGuidelines'
import { brandCheckFields, brandCheckPanel, brandFindingsBanner } from '../../brandGate/fields'
import { logContentChange, logContentDeletion } from '../../hooks/logContentEvent'
import { recordSnippetUsage } from '../../hooks/recordSnippetUsage'
import { refuseUnsafeLinks } from '../../security/refuseUnsafeLinks'
import { CONTENT_TYPES, type ContentType } from '../../taxonomy/contentTypes'

interface ContentCollectionOptions {
  slug: ContentType
  labels: { plural: string; singular: string }
  description: string
  /** Type-specific fields, shown between the summary and the body. */
  fields: Field[]
  bodyLabel?: string
  hooks?: CollectionConfig['hooks']
}

/**
 * What the list view's *Filters* offer on every content type: what an editor looks for (targeting, review, status,
 * the type's own schedule and format). Bodies, uploads, variants, citations and workflow internals are left out.
 */
export const FILTERABLE_FIELDS: ReadonlySet<string> = new Set([
  'title',
  'slug',
  'summary',
  'stages',
  'segments',
  'conditions',
  'channels',
  'translationComplete',
  'clinical',
  'medicalReviewedAt',
  'medicalReviewer',
  'workflow.state',
  'brandStatus',
  // type-specific
  'readingTimeMinutes',
  'source',
  'durationSeconds',
  'kind',
  'startsAt',
  'endsAt',
  'status',
  'attendance',
  'location.city',
])

/**
 * Every patient-facing content type shares one shape: title, slug, summary, body, targeting,
 * medical review, segment variants, related content, drafts with scheduled publishing.
 * Delivery, brand checks and workflow rely on that shape.
 */
export function contentCollection({ bodyLabel = 'Body', description, fields, hooks = {}, labels, slug }: ContentCollectionOptions): CollectionConfig {
  return {
    slug,
    access: {
      create: editors,
      delete: editors,
      read: publishedOrStaff,
      readVersions: staff,
      // Reviewers and brand managers publish and unpublish; the workflow decides what each role may do.
      update: saveContent,
    },
    admin: {
      // One-click saved views ("Retention · New moms") above the list.
      components: { beforeListTable: ['/src/adminShell/SavedViewsBar#SavedViewsBar'] },
      // `adminTitle`: the title, or the other language's marked "(es) …", so no item is "<No Title>" in a language it lacks.
      defaultColumns: ['adminTitle', 'workflow.state', 'brandStatus', 'stages', 'segments', 'conditions', '_status', 'updatedAt'],
      description,
      group: 'Content',
      // `adminTitle` holds the title (or the other language's), so it alone searches titles.
      listSearchableFields: ['adminTitle', 'slug', 'summary'],
      useAsTitle: 'adminTitle',
    },
    defaultSort: '-updatedAt',
    endpoints: [reviewActEndpoint(slug), workflowStatusEndpoint(slug)],
    enableQueryPresets: true,
    fields: limitListFilters([
      // First of the main fields and of the sidebar: findings are what an editor must see before anything else.
      brandFindingsBanner(),
      brandCheckPanel(),
      // The list shows `adminTitle` in its place (the same title, with the other language's as fallback).
      { name: 'title', type: 'text', admin: { disableListColumn: true }, index: true, localized: true, required: true },
      adminTitleField(),
      slugField('title'),
      previousSlugsField(),
      previewLinkField(),
      {
        name: 'summary',
        type: 'textarea',
        admin: { description: 'One or two plain-language sentences (at most 300 characters) shown in lists and emails.' },
        localized: true,
        maxLength: 300,
      },
      ...fields,
      { name: 'body', type: 'richText', editor: contentEditor(), label: bodyLabel, localized: true },
      ...targetingFields(),
      ...medicalReviewFields(),
      ...workflowFields(),
      variantsField(),
      {
        name: 'relatedContent',
        type: 'relationship',
        admin: { description: 'Other items a reader may want next.' },
        hasMany: true,
        relationTo: [...CONTENT_TYPES] as CollectionSlug[],
      },
      ...brandCheckFields(),
      {
        name: 'snippetRefs',
        type: 'relationship',
        admin: {
          description: 'Snippets used in this item (updated on save).',
          position: 'sidebar',
          readOnly: true,
        },
        hasMany: true,
        label: 'Snippets used',
        relationTo: 'snippets',
      },
    ], FILTERABLE_FIELDS),
    hooks: {
      ...hooks,
      afterChange: [...(hooks.afterChange ?? []), logContentChange, auditChange],
      afterDelete: [...(hooks.afterDelete ?? []), logContentDeletion, auditDeletion],
      // The workflow decides what the save is and whether it may happen; the brand gate runs last, on
      // the data every other hook has settled.
      beforeChange: [rememberLiveStatus, refuseUnsafeLinks, recordSnippetUsage, ...(hooks.beforeChange ?? []), applyWorkflow, checkBrandGuidelines],
      beforeDelete: [...(hooks.beforeDelete ?? []), checkDelete],
      beforeOperation: [...(hooks.beforeOperation ?? []), rememberRestoredVersion, rememberDraftSave],
    },
    labels,
    versions: {
      drafts: { schedulePublish: true },
      maxPerDoc: 50,
    },
  }
}
