import { defineRule } from '../rule'
import { checkLength } from '../lengths'

/** What search engines show before cutting off (Google: about 600 px, roughly 60 and 160 characters). */
export const META_LIMITS = {
  description: { max: 160, min: 70 },
  title: { max: 60, min: 30 },
} as const

export const metaLength = defineRule({
  id: 'metaLength',
  label: 'Search result title and description length',
  description: 'Meta titles and descriptions an editor writes fit what search engines show, and say enough.',
  defaultSeverity: 'warning',
  check: (input) => [
    ...checkLength(input, 'metaTitle', META_LIMITS.title.max, 'The meta title', 'so search results show it whole', META_LIMITS.title.min),
    ...checkLength(input, 'metaDescription', META_LIMITS.description.max, 'The meta description', 'so search results show it whole', META_LIMITS.description.min),
  ],
})
