import type { CollectionConfig, Field } from 'payload'

import { editors } from '../access/editors'
import { publishedOrStaff } from '../access/publishedOrStaff'
import { staff } from '../access/staff'
import { auditChange, auditDeletion, rememberLiveStatus, rememberRestoredVersion } from '../audit/hooks'
import { adminTitleField } from '../fields/adminTitle'
import { slugField } from '../fields/slug'
import { logContentChange, logContentDeletion } from '../hooks/logContentEvent'
import { programIntegrityEndpoint, programStepsEndpoint } from '../programs/payload/endpoints'
import { countBrokenSteps } from '../programs/payload/hooks/countBrokenSteps'
import { refuseBrokenPublish } from '../programs/payload/hooks/refuseBrokenPublish'
import { programAdminFields } from '../programs/admin/fields'
import { checkProgramSchedule, sortProgramSteps } from '../programs/payload/hooks/checkProgramSchedule'
import { MAX_DAY_OFFSET, PROGRAM_ANCHORS, STEP_CHANNELS } from '../programs/model'
import { CHANNELS } from '../taxonomy/channels'
import { CONTENT_TYPES } from '../taxonomy/contentTypes'
import { JOURNEY_STAGES } from '../taxonomy/journeyStages'
import { saveContent } from '../workflowGate/access'
import { applyWorkflow, checkDelete, rememberDraftSave } from '../workflowGate/applyWorkflow'
import { reviewActEndpoint, workflowStatusEndpoint } from '../workflowGate/endpoints'
import { workflowFields } from '../workflowGate/fields'

const isSeasonal = (data: unknown) => (data as { anchor?: string } | undefined)?.anchor === 'season'

const MONTH_DAY = { admin: { placeholder: 'MM-DD', width: '50%' }, type: 'text' as const }

const stepFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'day',
        type: 'number',
        admin: {
          condition: (data, step) => !isSeasonal(data) || (step?.day ?? null) !== null, // shown when set, so a stray day can be cleared
          description: 'Days after day 0 (negative: before it, e.g. -60 before a due date).',
          step: 1,
          width: '25%',
        },
        max: MAX_DAY_OFFSET,
        min: -MAX_DAY_OFFSET,
      },
      {
        name: 'channel',
        type: 'select',
        admin: { width: '25%' },
        options: CHANNELS.filter((c) => STEP_CHANNELS.includes(c.value)).map(({ label, value }) => ({ label, value })),
        required: true,
      },
      {
        name: 'segment',
        type: 'relationship',
        admin: { description: "Serve the content's variant for this segment.", width: '50%' },
        label: 'Segment variant',
        relationTo: 'segments',
      },
    ],
  },
  {
    name: 'window',
    type: 'group',
    admin: {
      condition: (data, step) => isSeasonal(data) || Boolean(step?.window?.from || step?.window?.to),
      description: 'Each year between these days, e.g. 09-01 to 11-30 (a window may run over the year end).',
    },
    fields: [
      {
        type: 'row',
        fields: [
          { ...MONTH_DAY, name: 'from', label: 'From (MM-DD)' },
          { ...MONTH_DAY, name: 'to', label: 'To (MM-DD)' },
        ],
      },
    ],
    label: 'Yearly window',
  },
  {
    name: 'content',
    type: 'relationship',
    relationTo: [...CONTENT_TYPES],
    required: true,
  },
  {
    name: 'note',
    type: 'text',
    admin: { description: 'For the team only (never delivered).' },
    label: 'Internal note',
    maxLength: 200,
  },
]

/**
 * Nurture programs: tracks of timed content that marketing automation follows day by day. Day 0 is an
 * `anchor` (enrollment, due date, birth, …) the automation tool knows; Carepath holds only the offsets.
 */
export const Programs: CollectionConfig<'programs'> = {
  slug: 'programs',
  access: { create: editors, delete: editors, read: publishedOrStaff, readVersions: staff, update: saveContent },
  admin: {
    defaultColumns: ['adminTitle', 'anchor', 'stages', 'workflow.state', 'brokenSteps', '_status', 'updatedAt'],
    description: 'Tracks of timed content that email, SMS and portal journeys follow day by day.',
    group: 'Content',
    // The name, or the other language's marked "(es) …", so no program is "<No Name>" in a language it lacks.
    useAsTitle: 'adminTitle',
  },
  defaultSort: '-updatedAt',
  // The review workflow of content: submitted, approved by a reviewer other than the revision's author, then published.
  endpoints: [reviewActEndpoint('programs'), workflowStatusEndpoint('programs'), programStepsEndpoint, programIntegrityEndpoint],
  fields: [
    { name: 'name', type: 'text', admin: { disableListColumn: true }, localized: true, required: true },
    adminTitleField('name'),
    slugField('name'),
    {
      name: 'summary',
      type: 'textarea',
      admin: { description: 'What the program does for the person, in one or two sentences.' },
      localized: true,
      maxLength: 300,
    },
    {
      name: 'anchor',
      type: 'select',
      admin: { description: 'What day 0 means. Automation computes the day number; Carepath never sees the date.' },
      defaultValue: 'enrollment',
      options: PROGRAM_ANCHORS.map(({ label, value }) => ({ label, value })),
      required: true,
    },
    ...programAdminFields(),
    {
      name: 'tracks',
      type: 'array',
      admin: { description: 'A person may follow several tracks (e.g. "Your baby" and "Yourself").' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', admin: { width: '50%' }, localized: true, required: true },
            { name: 'slug', type: 'text', admin: { description: 'Used by automation: tracks=baby,mom', width: '50%' }, required: true },
          ],
        },
        { name: 'description', type: 'textarea', localized: true, maxLength: 300 },
        { name: 'steps', type: 'array', fields: stepFields, labels: { plural: 'Steps', singular: 'Step' } },
      ],
      labels: { plural: 'Tracks', singular: 'Track' },
      minRows: 1,
    },
    {
      name: 'stages',
      type: 'select',
      admin: { position: 'sidebar' },
      hasMany: true,
      label: 'Journey stages',
      options: JOURNEY_STAGES.map(({ label, value }) => ({ label, value })),
    },
    { name: 'segments', type: 'relationship', admin: { position: 'sidebar' }, hasMany: true, relationTo: 'segments' },
    { name: 'conditions', type: 'relationship', admin: { position: 'sidebar' }, hasMany: true, relationTo: 'conditions' },
    {
      name: 'brokenSteps',
      type: 'number',
      admin: {
        // The list's badge shows this count as read for the list: no request per row.
        components: { Cell: '/src/programs/admin/BrokenStepsCell#BrokenStepsCell' },
        description: 'Steps whose content cannot be served now (in this language).',
        position: 'sidebar',
        readOnly: true,
      },
      hooks: { afterRead: [countBrokenSteps] },
      label: 'Broken steps',
      virtual: true,
    },
    ...workflowFields(),
  ],
  hooks: {
    afterChange: [logContentChange as never, auditChange],
    afterDelete: [logContentDeletion as never, auditDeletion],
    // The workflow decides what the save is; a publish with broken steps is refused after it, on the settled data.
    beforeChange: [rememberLiveStatus, sortProgramSteps, applyWorkflow, refuseBrokenPublish],
    beforeDelete: [checkDelete],
    beforeOperation: [rememberRestoredVersion as never, rememberDraftSave as never],
    beforeValidate: [checkProgramSchedule],
  },
  labels: { plural: 'Programs', singular: 'Program' },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
}
