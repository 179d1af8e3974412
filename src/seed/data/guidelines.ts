import type { ContentType } from '../../taxonomy/contentTypes'

/**
 * The snippet each content type must include, by snippet key: the seed chooses these in the brand guidelines, so the
 * "Required disclaimer" rule has something to check. Events announce classes and screenings rather than give health
 * advice, so they need none.
 */
export const demoDisclaimers: Readonly<Partial<Record<ContentType, string>>> = {
  articles: 'medical-disclaimer',
  pamphlets: 'medical-disclaimer',
  videos: 'medical-disclaimer',
}
