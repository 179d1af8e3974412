/** The languages content is written and served in. */
export const LOCALES = ['en', 'es'] as const
export type Locale = (typeof LOCALES)[number]

export const DEFAULT_LOCALE: Locale = 'en'

/** A request's or document's locale as one of ours; anything else (unset, 'all') is the default. */
export const asLocale = (value: unknown): Locale => (LOCALES as readonly unknown[]).includes(value) ? (value as Locale) : DEFAULT_LOCALE
