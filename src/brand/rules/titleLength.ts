import type { BrandRule } from '../rule'
import { checkLength } from '../lengths'

export const titleLength: BrandRule = {
  id: 'titleLength',
  description: 'Titles fit in search results and app cards.',
  defaultSeverity: 'warning',
  check: (input, settings) =>
    checkLength(input, 'title', settings.structure.titleMaxLength, 'Title', 'so it is not cut off in search results and app cards'),
}
