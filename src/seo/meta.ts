/** What a search result and a social card show for an item: pure defaults from its title and summary. No Payload. */
import { META_LIMITS } from '../brand/rules/metaLength'

/** Text cut at a word boundary to `max` characters, with an ellipsis when anything was cut. */
export function clip(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  const chars = [...clean]
  if (chars.length <= max) return clean
  const head = chars.slice(0, max - 1).join('')
  const cut = head.lastIndexOf(' ')
  return `${(cut > max / 2 ? head.slice(0, cut) : head).replace(/[\s,;:.–-]+$/, '')}…`
}

export interface MetaInput {
  title: string
  summary: string | null
  metaTitle?: string | null
  metaDescription?: string | null
}

/** The editor's meta title and description when given; otherwise the title and the summary (clipped to fit). */
export function metaDefaults({ metaDescription, metaTitle, summary, title }: MetaInput): { description: string | null; title: string } {
  return {
    description: metaDescription?.trim() || (summary ? clip(summary, META_LIMITS.description.max) : null),
    title: metaTitle?.trim() || clip(title, META_LIMITS.title.max),
  }
}
