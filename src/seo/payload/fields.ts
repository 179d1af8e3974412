/**
 * SEO fields on the four content types, from Payload's SEO plugin (meta title, description, image, preview, with
 * "generate" buttons) plus a canonical URL and `noindex`. All per language except `noindex`.
 */
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Field, Plugin } from 'payload'

import { limitListFilters } from '../../fields/listFilters'
import { CONTENT_TYPES, isContentType } from '../../taxonomy/contentTypes'
import { asLocale } from '../../taxonomy/locales'
import { checkHttpsLinkField } from '../../validation/safeUrl'
import { metaDefaults } from '../meta'
import { itemURL } from '../routes'
import { siteRoutes } from './siteRoutes'

/** The image each type already has, used as the social image when the editor picks none. */
export const SOCIAL_IMAGE_FIELD = { articles: 'heroImage', events: null, pamphlets: 'coverImage', videos: 'thumbnail' } as const

const extraFields: Field[] = [
  {
    name: 'canonicalURL',
    type: 'text',
    admin: { description: 'Only when this item\'s main address is elsewhere (e.g. a page it was copied from). Empty: its own page on the website.' },
    label: 'Canonical URL',
    localized: true,
    validate: (value: null | string | undefined) => !value || checkHttpsLinkField(value, 'The canonical URL'),
  },
  {
    name: 'noindex',
    type: 'checkbox',
    admin: { description: 'Keep this item out of search engines and the sitemap (it is still delivered).' },
    defaultValue: false,
    label: 'Hide from search engines (noindex)',
  },
]

/** Brand findings and list columns name the fields as editors know them ("Meta title", not "Title"). */
const LABELS: Record<string, string> = { description: 'Meta description', image: 'Meta image', title: 'Meta title' }
const labelled = (field: Field): Field => ('name' in field && LABELS[field.name] ? ({ ...field, label: LABELS[field.name] } as Field) : field)

type Doc = Record<string, unknown>
const text = (value: unknown) => (typeof value === 'string' ? value : '')
const idOfUpload = (value: unknown) => (value && typeof value === 'object' ? (value as { id: number | string }).id : (value as number | string))

export const contentSEO: Plugin = seoPlugin({
  collections: [...CONTENT_TYPES],
  // Of the SEO fields, list *Filters* offer only noindex ("which items are hidden from search engines?").
  fields: ({ defaultFields }) => limitListFilters([...defaultFields.map(labelled), ...extraFields], new Set(['meta.noindex']), 'meta.'),
  generateDescription: ({ doc }) => metaDefaults({ summary: text((doc as Doc).summary), title: text((doc as Doc).title) }).description ?? '',
  generateImage: ({ collectionConfig, doc }) => {
    const slug = collectionConfig?.slug
    const field = slug && isContentType(slug) ? SOCIAL_IMAGE_FIELD[slug] : null
    const image = field ? (doc as Doc)[field] : null
    return image ? idOfUpload(image) : ''
  },
  generateTitle: ({ doc }) => metaDefaults({ summary: null, title: text((doc as Doc).title) }).title,
  generateURL: ({ collectionConfig, doc, locale }) => {
    const slug = collectionConfig?.slug
    return slug && isContentType(slug) && (doc as Doc).slug ? itemURL(siteRoutes(), slug, text((doc as Doc).slug), asLocale(locale)) : ''
  },
  uploadsCollection: 'media',
})
