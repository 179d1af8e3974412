import type { Field, GlobalConfig } from 'payload'

import { brandManagers } from '../access/brandManagers'
import { auditGuidelineChange } from '../audit/hooks'
import { staff } from '../access/staff'
import { brandRules } from '../brand'
import { DEFAULT_BANNED_LINK_TEXTS, DEFAULT_BANNED_TERMS, DEFAULT_CLAIM_WORDS } from '../brand'
import { DEFAULT_OVERDUE_POLICY, OVERDUE_POLICIES } from '../workflow'
import { queueRecheck, validateGuidelines } from '../brandGate/guidelinesHooks'
import { forgetCachedSettings } from '../brandGate/loadBrandSettings'
import { DEFAULT_MAX_REVIEW_AGE_MONTHS } from '../clinical/reviewDue'
import { CONTENT_TYPES } from '../taxonomy/contentTypes'

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

export const BrandGuidelines: GlobalConfig = {
  slug: 'brandGuidelines',
  access: { read: staff, update: brandManagers },
  admin: {
    description:
      'The rules every patient-facing item is checked against. "Error" blocks publishing, "Warning" is shown to editors, "Off" skips the rule. Saving re-checks all published content in the background.',
    group: 'Settings',
  },
  fields: [
    // Above the tabs: a rule that looks active but can never fire is worse than one that is off.
    { name: 'ruleWarnings', type: 'ui', admin: { components: { Field: '/src/brandGate/GuidelineWarnings#GuidelineWarnings' } } },
    {
      type: 'tabs',
      tabs: [
        {
          fields: [
            {
              name: 'severity',
              type: 'group',
              fields: brandRules.map((rule) => ({
                name: rule.id,
                type: 'select' as const,
                defaultValue: rule.defaultSeverity,
                label: rule.label,
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
                { name: 'maxAgeMonths', type: 'number', defaultValue: DEFAULT_MAX_REVIEW_AGE_MONTHS, min: 1, required: true },
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
                  name: 'overduePolicy',
                  type: 'select',
                  admin: {
                    description:
                      'What delivery does with a clinical item whose medical review is overdue: keep serving it, rank it below current items, or withhold it until it is re-reviewed.',
                  },
                  defaultValue: DEFAULT_OVERDUE_POLICY,
                  options: OVERDUE_POLICIES.map(({ label, value }) => ({ label, value })),
                  required: true,
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
  hooks: { afterChange: [forgetCachedSettings, queueRecheck, auditGuidelineChange], beforeValidate: [validateGuidelines] },
}
