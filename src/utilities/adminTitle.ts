/**
 * The title staff see in lists, relationship pickers and the edit heading, per language: the item's own title in that
 * language or, when it has none there, another language's title marked with its code ("(es) Cómo cuidar sus pies"),
 * so an item written in one language never shows as "<No Title>" or as its id in the other.
 */
export type TitlesByLocale = Partial<Record<string, null | string | undefined>>

const clean = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

/** `locales` in preference order (the default language first): the fallback is the first other language with a title. */
export function adminTitles(titles: TitlesByLocale, locales: readonly string[]): Record<string, null | string> {
  const result: Record<string, null | string> = {}
  for (const locale of locales) {
    const own = clean(titles[locale])
    if (own) {
      result[locale] = own
      continue
    }
    const other = locales.find((code) => code !== locale && clean(titles[code]))
    result[locale] = other ? `(${other}) ${clean(titles[other])}` : null
  }
  return result
}
