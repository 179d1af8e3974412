import { defineRule } from '../rule'
import { checkLength } from '../lengths'

export const summaryLength = defineRule({
  id: 'summaryLength',
  label: 'Summary length',
  description: 'Summaries stay short enough to scan in lists and previews.',
  defaultSeverity: 'warning',
  check: (input, settings) =>
    checkLength(input, 'summary', settings.structure.summaryMaxLength, 'Summary', 'so patients can scan it in lists and previews'),
})
