/**
 * The plain content the brand engine checks, and a walker that turns Payload Lexical JSON into it.
 * Clients of the `checkContent` REST/GraphQL API send `BrandCheckInput` directly, so it has a zod schema.
 */
import { z } from 'zod'

import { CONTENT_TYPES } from '../taxonomy/contentTypes'
import { LOCALES } from '../taxonomy/locales'

export const textRoleSchema = z.enum(['title', 'summary', 'body', 'other'])
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

export interface ExtractedContent {
  texts: BrandText[]
  links: BrandLink[]
  images: BrandImage[]
  snippetIds: string[]
}

type LexicalNode = {
  type?: unknown
  text?: unknown
  children?: unknown
  fields?: Record<string, unknown> | null
  relationTo?: unknown
  value?: unknown
}

// Elements laid out inline; every other element is treated as a block and separated by a space.
const INLINE_TYPES = new Set(['text', 'link', 'autolink', 'linebreak', 'tab', 'inlineBlock', 'mark', 'hashtag', 'emoji'])
// Snippets never nest in practice; the cap only guards against cyclic populated data.
const MAX_SNIPPET_DEPTH = 4

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null
const childrenOf = (node: LexicalNode): LexicalNode[] =>
  Array.isArray(node.children) ? (node.children.filter(isObject) as LexicalNode[]) : []
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim()
const idOf = (value: unknown): string | undefined =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : undefined

/** A relationship value as Payload returns it: an id, a populated doc, or `{ relationTo, value }`. */
function unwrapRelation(value: unknown): { id?: string; doc?: Record<string, unknown> } {
  if (isObject(value) && 'relationTo' in value && 'value' in value && !('id' in value)) return unwrapRelation(value.value)
  if (isObject(value)) return { id: idOf(value.id), doc: value }
  return { id: idOf(value) }
}

function linkUrl(fields: Record<string, unknown> | null | undefined): string {
  if (!fields) return ''
  if (typeof fields.url === 'string' && fields.url) return fields.url
  const doc = isObject(fields.doc) ? fields.doc : undefined
  if (!doc) return ''
  const { id } = unwrapRelation(doc)
  return `internal:${typeof doc.relationTo === 'string' ? doc.relationTo : 'doc'}:${id ?? ''}`
}

function imageOf(node: LexicalNode, path: string): BrandImage | undefined {
  const { doc } = unwrapRelation(node.value)
  const mimeType = typeof doc?.mimeType === 'string' ? doc.mimeType : undefined
  const isImage = mimeType ? mimeType.startsWith('image/') : node.relationTo === 'media'
  if (!isImage) return undefined
  // Upload-node fields may override the media alt text for this one placement.
  const alt = [node.fields?.alt, doc?.alt].find((a): a is string => typeof a === 'string' && a.trim() !== '')
  const filename = typeof doc?.filename === 'string' ? doc.filename : undefined
  return { path, alt: alt ?? (typeof doc?.alt === 'string' ? doc.alt : null), ...(filename ? { filename } : {}) }
}

/**
 * Walks a Lexical editor state into brand-checkable content: one text entry per top-level block (path
 * `${path}.${index}`), links, images and snippet references. Populated snippets (`snippet.body`) count as
 * content, under `${path}.${index}.snippet.${innerIndex}`. Read the document with depth ≥ 1: an unpopulated
 * image upload has unknown alt text (`alt: null`), which the imageAlt rule reports as missing.
 */
export function extractFromLexical(path: string, editorState: unknown, role: TextRole): ExtractedContent {
  const out: ExtractedContent = { texts: [], links: [], images: [], snippetIds: [] }
  extractInto(out, path, editorState, role, 0)
  out.snippetIds = [...new Set(out.snippetIds)]
  return out
}

function extractInto(out: ExtractedContent, path: string, state: unknown, role: TextRole, depth: number): void {
  const root = isObject(state) && isObject(state.root) ? (state.root as LexicalNode) : undefined
  if (!root) return
  // Indexes follow the stored array, so a path points at the block the editor sees even past junk entries.
  const blocks: unknown[] = Array.isArray(root.children) ? root.children : []
  blocks.forEach((block, index) => {
    if (!isObject(block)) return
    const blockPath = `${path}.${index}`
    const parts: string[] = []
    const snippetBodies: unknown[] = []

    const addSnippet = (fields: Record<string, unknown> | null | undefined) => {
      if (fields?.blockType !== 'snippet') return
      const { id, doc } = unwrapRelation(fields.snippet)
      if (id) out.snippetIds.push(id)
      if (doc && depth < MAX_SNIPPET_DEPTH) snippetBodies.push(doc.body)
    }

    const visit = (node: LexicalNode): void => {
      switch (node.type) {
        case 'text':
          parts.push(typeof node.text === 'string' ? node.text : '')
          return
        case 'linebreak':
        case 'tab':
          parts.push(' ')
          return
        case 'link':
        case 'autolink': {
          const start = parts.length
          childrenOf(node).forEach(visit)
          out.links.push({ path: blockPath, text: squash(parts.slice(start).join('')), url: linkUrl(node.fields) })
          return
        }
        case 'upload': {
          const image = imageOf(node, blockPath)
          if (image) out.images.push(image)
          return
        }
        case 'block':
        case 'inlineBlock':
          addSnippet(node.fields)
          return
        default: {
          const inline = typeof node.type === 'string' && INLINE_TYPES.has(node.type)
          if (!inline) parts.push(' ')
          childrenOf(node).forEach(visit)
          if (!inline) parts.push(' ')
        }
      }
    }

    visit(block as LexicalNode)
    const text = squash(parts.join(''))
    if (text) out.texts.push({ path: blockPath, text, role })
    // Snippet content follows the block that places it, so texts stay in reading order.
    for (const body of snippetBodies) extractInto(out, `${blockPath}.snippet`, body, role, depth + 1)
  })
}
