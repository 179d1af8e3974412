/**
 * The plain content the brand engine checks (see richtext/extract for how Lexical JSON becomes it).
 * Clients of the `checkContent` REST/GraphQL API send `BrandCheckInput` directly, so it has a zod schema.
 */
import { z } from 'zod'

import { CONTENT_TYPES } from '../taxonomy/contentTypes'
import { LOCALES } from '../taxonomy/locales'

/** `metaTitle` / `metaDescription`: the search-result title and description (SEO), checked for length. */
export const textRoleSchema = z.enum(['title', 'summary', 'body', 'other', 'metaTitle', 'metaDescription'])
export type TextRole = z.infer<typeof textRoleSchema>

// Bounds keep a public endpoint from being handed megabytes to analyse.
const MAX_TEXT = 200_000
const MAX_ENTRIES = 5_000

const isoDateSchema = z.union([z.iso.datetime({ offset: true }), z.iso.date()])

export const brandTextSchema = z.object({ path: z.string(), text: z.string().max(MAX_TEXT), role: textRoleSchema })
export const brandLinkSchema = z.object({ path: z.string(), text: z.string().max(MAX_TEXT), url: z.string() })
export const brandImageSchema = z.object({ path: z.string(), alt: z.string().nullable(), filename: z.string().optional() })

export const brandCheckInputSchema = z.object({
  type: z.enum(CONTENT_TYPES),
  locale: z.enum(LOCALES),
  clinical: z.boolean(),
  medicalReviewedAt: isoDateSchema.nullable().optional(),
  citations: z.number().int().min(0).default(0),
  texts: z.array(brandTextSchema).max(MAX_ENTRIES),
  links: z.array(brandLinkSchema).max(MAX_ENTRIES).default([]),
  images: z.array(brandImageSchema).max(MAX_ENTRIES).default([]),
  snippetIds: z.array(z.string()).max(MAX_ENTRIES).default([]),
  video: z.object({ hasCaptions: z.boolean(), hasTranscript: z.boolean() }).optional(),
})

export type BrandCheckInput = z.infer<typeof brandCheckInputSchema>
export type BrandText = z.infer<typeof brandTextSchema>
export type BrandLink = z.infer<typeof brandLinkSchema>
export type BrandImage = z.infer<typeof brandImageSchema>
