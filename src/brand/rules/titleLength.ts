import { defineRule } from '../rule'
import { checkLength } from '../lengths'

export const titleLength = defineRule({
  id: 'titleLength',
  label: 'Title length',
  description: 'Titles fit in search results and app cards.',
  defaultSeverity: 'warning',
  check: (input, settings) =>
    checkLength(input, 'title', settings.structure.titleMaxLength, 'Title', 'so it is not cut off in search results and app cards'),
})
