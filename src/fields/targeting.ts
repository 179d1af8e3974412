import type { Field } from 'payload'

import { CHANNELS } from '../taxonomy/channels'
import { JOURNEY_STAGES } from '../taxonomy/journeyStages'

/** Who, when and where an item is for. The same fields on every content type, so delivery filters one way. */
export const targetingFields = (): Field[] => [
  {
    name: 'conditions',
    type: 'relationship',
    admin: { description: 'Conditions this item is about (their ICD-10-CM / SNOMED CT codes drive portal lookups).', position: 'sidebar' },
    hasMany: true,
    index: true,
    relationTo: 'conditions',
  },
  {
    name: 'stages',
    type: 'select',
    admin: {
      description: JOURNEY_STAGES.map((s) => `${s.label}: ${s.description}`).join(' '),
      position: 'sidebar',
    },
    hasMany: true,
    index: true,
    label: 'Journey stages',
    options: JOURNEY_STAGES.map(({ label, value }) => ({ label, value })),
    required: true,
  },
  {
    name: 'segments',
    type: 'relationship',
    admin: { description: 'Audience segments. Leave empty when the item is for everyone.', position: 'sidebar' },
    hasMany: true,
    index: true,
    relationTo: 'segments',
  },
  {
    name: 'channels',
    type: 'select',
    admin: { description: 'Where this item may be shown or sent.', position: 'sidebar' },
    defaultValue: ['web', 'portal'],
    hasMany: true,
    options: [...CHANNELS],
    // Not `required`: the default applies when a client leaves it out; an explicit empty list is refused.
    validate: (value: null | string[] | undefined) =>
      value === undefined || value === null || value.length > 0 || 'Choose at least one channel.',
  },
  {
    name: 'translationComplete',
    type: 'checkbox',
    admin: {
      description: 'Tick when this language version is finished. Each language has its own tick.',
      position: 'sidebar',
    },
    defaultValue: false,
    localized: true,
  },
]
