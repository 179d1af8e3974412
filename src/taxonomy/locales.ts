/** The languages content is written and served in. */
export const LOCALES = ['en', 'es'] as const
export type Locale = (typeof LOCALES)[number]

export const DEFAULT_LOCALE: Locale = 'en'

/** Each language's name in its own words, as editors see it. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = { en: 'English', es: 'Español' }

/** A request's or document's locale as one of ours; anything else (unset, 'all') is the default. */
export const asLocale = (value: unknown): Locale => (LOCALES as readonly unknown[]).includes(value) ? (value as Locale) : DEFAULT_LOCALE
