/** Picks the locale and the segment variant an item is served in, and the text that results. */
import type { DeliveryItem, Locale, ServedText } from './types'

const OTHER_LOCALE: Record<Locale, Locale> = { en: 'es', es: 'en' }

const present = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null && value !== ''

/**
 * The requested locale when the item has a title in it (even if its translation is incomplete); otherwise the other
 * locale, flagged as a fallback. Null when the item has no text at all.
 * The first variant whose segments include one of `segments` and that has text in the served locale replaces the
 * main title and/or summary; fields the variant leaves empty keep the main text.
 */
export function serveText(item: DeliveryItem, requested: Locale, segments: readonly string[]): (ServedText & { complete: boolean }) | null {
  const locale = item.locales[requested] ? requested : OTHER_LOCALE[requested]
  const main = item.locales[locale]
  if (!main) return null
  const text = { title: main.title, summary: main.summary }
  let variant: number | null = null
  if (segments.length > 0) {
    const index = item.variants.findIndex(
      (candidate) =>
        candidate.segments.some((segment) => segments.includes(segment)) &&
        (present(candidate.locales[locale]?.title) || present(candidate.locales[locale]?.summary)),
    )
    if (index >= 0) {
      const own = item.variants[index]!.locales[locale]!
      if (present(own.title)) text.title = own.title
      if (present(own.summary)) text.summary = own.summary
      variant = index
    }
  }
  return { locale, localeFallback: locale !== requested, variant, text, complete: locale === requested && main.complete }
}
