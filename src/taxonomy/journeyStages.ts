/** The patient journey, in order. `value`s are stable machine values every API returns. */
export const JOURNEY_STAGES = [
  {
    description: 'People learn that a condition exists, its signs and their risk.',
    label: 'Awareness',
    value: 'awareness',
  },
  {
    description: 'People accept that the condition applies to them and that care can help.',
    label: 'Acceptance',
    value: 'acceptance',
  },
  {
    description: 'People compare options and choose where and from whom to get care.',
    label: 'Acquisition',
    value: 'acquisition',
  },
  {
    description: 'People take the step: book, enrol, register or start treatment.',
    label: 'Conversion',
    value: 'conversion',
  },
  {
    description: 'Patients keep up care, follow-up and healthy habits, and stay with us.',
    label: 'Retention',
    value: 'retention',
  },
] as const

export type JourneyStage = (typeof JOURNEY_STAGES)[number]['value']

export const JOURNEY_STAGE_VALUES = JOURNEY_STAGES.map((s) => s.value) as readonly JourneyStage[]

export const CHANNELS = [
  { label: 'Website', value: 'web' },
  { label: 'Patient portal', value: 'portal' },
  { label: 'Email', value: 'email' },
  { label: 'SMS', value: 'sms' },
] as const

export type Channel = (typeof CHANNELS)[number]['value']

export const CONTENT_TYPES = ['articles', 'pamphlets', 'videos', 'events'] as const
export type ContentType = (typeof CONTENT_TYPES)[number]

export const LOCALES = ['en', 'es'] as const
export type Locale = (typeof LOCALES)[number]
