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
