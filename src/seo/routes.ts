/**
 * Where the hospital website shows each item: the site URL plus a path template per content type. Sitemaps, feeds,
 * canonical URLs, JSON-LD and redirects all build links here, so the website's routes are one setting. No Payload.
 */
import { CONTENT_TYPES, type ContentType } from '../taxonomy/contentTypes'
import { DEFAULT_LOCALE, type Locale } from '../taxonomy/locales'

/** The website's routes when nothing is configured. */
export const DEFAULT_PATH_TEMPLATES: Readonly<Record<ContentType, string>> = {
  articles: '/health-library/{slug}',
  events: '/events/{slug}',
  pamphlets: '/health-library/pamphlets/{slug}',
  videos: '/videos/{slug}',
}

/** The environment variable holding a type's template, e.g. CAREPATH_SITE_PATH_ARTICLES. */
export const pathTemplateVariable = (type: ContentType) => `CAREPATH_SITE_PATH_${type.toUpperCase()}`

export interface SiteRoutes {
  /** The website's base URL, without a trailing slash. */
  siteURL: string
  templates: Record<ContentType, string>
}

/** Reads and checks the templates: each starts with "/" and holds "{slug}" (and may hold "{locale}"). */
export function siteRoutesFrom(siteURL: string, env: Record<string, string | undefined>): SiteRoutes {
  const templates = {} as Record<ContentType, string>
  for (const type of CONTENT_TYPES) {
    const name = pathTemplateVariable(type)
    const template = env[name]?.trim() || DEFAULT_PATH_TEMPLATES[type]
    if (!template.startsWith('/') || !template.includes('{slug}')) {
      throw new Error(`${name} must be a path starting with "/" that contains {slug}, e.g. ${DEFAULT_PATH_TEMPLATES[type]} (got '${template.slice(0, 100)}').`)
    }
    templates[type] = template
  }
  return { siteURL: siteURL.replace(/\/$/, ''), templates }
}

/**
 * The website's address of one item in one language. A template with "{locale}" places the language itself;
 * otherwise the default language has the plain path and the others are prefixed ("/es/health-library/…").
 */
export function itemURL(routes: SiteRoutes, type: ContentType, slug: string, locale: Locale = DEFAULT_LOCALE): string {
  const template = routes.templates[type]
  const filled = template.replaceAll('{slug}', encodeURIComponent(slug))
  const path = template.includes('{locale}')
    ? filled.replaceAll('{locale}', locale)
    : locale === DEFAULT_LOCALE
      ? filled
      : `/${locale}${filled}`
  return `${routes.siteURL}${path}`
}
