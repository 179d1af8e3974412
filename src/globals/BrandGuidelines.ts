import type { Field, GlobalAfterChangeHook, GlobalBeforeValidateHook, GlobalConfig } from 'payload'
import { ValidationError } from 'payload'

import { brandManagers } from '../access/brandManagers'
import { staff } from '../access/staff'
import {
  BUILT_IN_RULE_IDS,
  DEFAULT_BANNED_LINK_TEXTS,
  DEFAULT_BANNED_TERMS,
  DEFAULT_CLAIM_WORDS,
  DEFAULT_SEVERITIES,
  brandGuidelineSettingsSchema,
} from '../brand/settings'
import { settingsFromGuidelines } from '../brandGate/settingsFromGuidelines'
import { CONTENT_TYPES } from '../taxonomy/journeyStages'

const RULE_LABELS: Record<(typeof BUILT_IN_RULE_IDS)[number], string> = {
  claims: 'Claims need citations',
  exclamations: 'Exclamation marks',
  imageAlt: 'Image alt text',
  linkText: 'Link text (WCAG 2.4.4)',
  medicalReviewFreshness: 'Medical review freshness',
  readingLevel: 'Reading level',
  requiredDisclaimer: 'Required disclaimer',
  summaryLength: 'Summary length',
  terminology: 'Terminology',
  titleLength: 'Title length',
  videoAccessibility: 'Video captions and transcript (WCAG 1.2.2/1.2.3)',
}

const localeOption: Field = {
  name: 'locale',
  type: 'select',
  defaultValue: 'all',
  options: [
    { label: 'All languages', value: 'all' },
    { label: 'English', value: 'en' },
    { label: 'Spanish', value: 'es' },
  ],
}

/** Rejects settings the engine could not run with, in the words of the zod schema. */
const validateSettings: GlobalBeforeValidateHook = ({ data }) => {
  const parsed = brandGuidelineSettingsSchema.safeParse(settingsFromGuidelines(data ?? {}, { strict: true }))
  if (!parsed.success) {
    throw new ValidationError({
      errors: parsed.error.issues.map((issue) => ({ message: issue.message, path: issue.path.join('.') })),
      global: 'brandGuidelines',
    })
  }
  return data
}

/** Changed rules re-check every published item in the background; nothing is unpublished. */
const queueRecheck: GlobalAfterChangeHook = async ({ context, req }) => {
  if (context.brandRecheckResult) return
  await req.payload.jobs.queue({ input: {}, req, task: 'recheckBrandCompliance' })
}

export const BrandGuidelines: GlobalConfig = {
  slug: 'brandGuidelines',
  access: { read: staff, update: brandManagers },
  admin: {
    description:
      'The rules every patient-facing item is checked against. "Error" blocks publishing, "Warning" is shown to editors, "Off" skips the rule. Saving re-checks all published content in the background.',
    group: 'Settings',
  },
  fields: [
    {
      type: 'tabs',
      tabs: [
        {
          fields: [
            {
              name: 'severity',
              type: 'group',
              fields: BUILT_IN_RULE_IDS.map((id) => ({
                name: id,
                type: 'select' as const,
                defaultValue: DEFAULT_SEVERITIES[id],
                label: RULE_LABELS[id],
                options: [
                  { label: 'Error (blocks publishing)', value: 'error' },
                  { label: 'Warning', value: 'warning' },
                  { label: 'Off', value: 'off' },
                ],
                required: true,
              })),
              label: 'Rules',
            },
          ],
          label: 'Rules',
        },
        {
          fields: [
            {
              name: 'readability',
              type: 'group',
              fields: [
                { name: 'maxGrade', type: 'number', admin: { description: 'US school grade (default 8).' }, defaultValue: 8, max: 20, min: 1, required: true },
                {
                  name: 'formula',
                  type: 'select',
                  admin: { description: 'The formula that gates publishing; both grades are always reported. Spanish uses Fernández-Huerta.' },
                  defaultValue: 'smog',
                  options: [
                    { label: 'SMOG', value: 'smog' },
                    { label: 'Flesch–Kincaid grade', value: 'fleschKincaid' },
                  ],
                  required: true,
                },
                { name: 'minWords', type: 'number', admin: { description: 'Texts shorter than this are not graded.' }, defaultValue: 30, min: 0 },
              ],
            },
            {
              name: 'structure',
              type: 'group',
              fields: [
                { name: 'titleMaxLength', type: 'number', defaultValue: 70, min: 1 },
                { name: 'summaryMaxLength', type: 'number', defaultValue: 300, min: 1 },
                { name: 'maxExclamations', type: 'number', defaultValue: 1, min: 0 },
                { name: 'bannedLinkTexts', type: 'text', defaultValue: DEFAULT_BANNED_LINK_TEXTS, hasMany: true },
              ],
            },
            {
              name: 'medicalReview',
              type: 'group',
              fields: [
                { name: 'maxAgeMonths', type: 'number', defaultValue: 24, min: 1, required: true },
                {
                  name: 'requiredApprovals',
                  type: 'number',
                  admin: { description: 'Distinct medical reviewers who must approve a clinical item (Krames-style double review: 2).' },
                  defaultValue: 1,
                  max: 5,
                  min: 1,
                  required: true,
                },
                {
                  name: 'withholdLapsed',
                  type: 'checkbox',
                  admin: { description: 'Stop serving clinical items whose medical review is older than the limit.' },
                  defaultValue: true,
                },
              ],
            },
          ],
          label: 'Reading level & structure',
        },
        {
          fields: [
            {
              name: 'terminology',
              type: 'array',
              admin: { description: 'Whole words or phrases, matched case-insensitively in every text field.' },
              defaultValue: DEFAULT_BANNED_TERMS,
              fields: [
                { type: 'row', fields: [{ name: 'term', type: 'text', required: true }, { name: 'replacement', type: 'text', required: true }] },
                { type: 'row', fields: [{ name: 'reason', type: 'text', required: true }, localeOption] },
                { name: 'unlessNextWord', type: 'text', admin: { description: 'Allowed when followed by one of these words.' }, hasMany: true },
                { name: 'unlessPreviousWord', type: 'text', admin: { description: 'Allowed after one of these words.' }, hasMany: true },
              ],
              labels: { plural: 'Banned terms', singular: 'Banned term' },
            },
            {
              name: 'claims',
              type: 'group',
              fields: [
                {
                  name: 'words',
                  type: 'array',
                  defaultValue: DEFAULT_CLAIM_WORDS,
                  fields: [{ type: 'row', fields: [{ name: 'word', type: 'text', required: true }, localeOption] }],
                },
                { name: 'minCitations', type: 'number', defaultValue: 1, min: 0 },
              ],
              label: 'Claims that need evidence',
            },
          ],
          label: 'Terminology & claims',
        },
        {
          fields: [
            {
              // Short name: Postgres truncates identifiers at 63 characters, which breaks migration diffs.
              name: 'disclaimers',
              type: 'group',
              admin: { description: 'A snippet every item of the type must include.' },
              fields: CONTENT_TYPES.map((type) => ({ name: type, type: 'relationship' as const, relationTo: 'snippets' as const })),
            },
          ],
          label: 'Disclaimers',
        },
        {
          fields: [
            {
              name: 'lastRecheck',
              type: 'group',
              admin: { description: 'Published items that no longer pass after the last change of these guidelines. They stay published until an editor acts.', readOnly: true },
              fields: [
                { name: 'finishedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
                { name: 'checked', type: 'number' },
                {
                  name: 'failing',
                  type: 'array',
                  fields: [
                    { type: 'row', fields: [{ name: 'type', type: 'text' }, { name: 'docId', type: 'text' }, { name: 'locale', type: 'text' }] },
                    { name: 'title', type: 'text' },
                    { name: 'errors', type: 'textarea' },
                  ],
                },
              ],
            },
          ],
          label: 'Last re-check',
        },
      ],
    },
  ],
  hooks: { afterChange: [queueRecheck], beforeValidate: [validateSettings] },
}
