import type { PayloadRequest } from 'payload'

import type { Media, Snippet, Video } from '../../payload-types'

import type { BrandCheckInput, TextRole } from '../brand'
import { extractFromLexical, type ExtractedContent } from '../richtext/extract'
import { mapLexical, snippetRefOf, walkLexical, type LexicalNode } from '../richtext/lexical'
import type { ContentDocument } from '../localApi/contentDocuments'
import { keepingRequestLocale } from '../localApi/keepingRequestLocale'
import type { ContentType } from '../taxonomy/contentTypes'
import type { Locale } from '../taxonomy/locales'

type Loaded = Map<string, Media | Snippet>
const isId = (v: unknown): v is number | string => typeof v === 'number' || (typeof v === 'string' && v !== '')

const isMediaUpload = (node: LexicalNode): boolean => node.type === 'upload' && node.relationTo === 'media' && isId(node.value)

/** Ids referenced by upload nodes and snippet blocks that are not yet populated. */
function collectRefs(state: unknown, refs: { media: Set<number | string>; snippets: Set<number | string> }) {
  walkLexical(state, (node) => {
    if (isMediaUpload(node)) refs.media.add(node.value as number | string)
    const snippet = snippetRefOf(node)
    if (isId(snippet)) refs.snippets.add(snippet)
  })
}

/** A copy of the editor state with uploads and snippets replaced by their documents. */
function populate(state: unknown, docs: { media: Loaded; snippets: Loaded }): unknown {
  return mapLexical(state, (node) => {
    if (isMediaUpload(node)) node.value = docs.media.get(String(node.value)) ?? node.value
    const snippet = snippetRefOf(node)
    if (isId(snippet)) node.fields = { ...node.fields, snippet: docs.snippets.get(String(snippet)) ?? snippet }
    return node
  })
}

type ImageField = 'coverImage' | 'heroImage' | 'thumbnail'

const IMAGE_FIELDS: Record<ContentType, ImageField[]> = {
  articles: ['heroImage'],
  events: [],
  pamphlets: ['coverImage'],
  videos: ['thumbnail'],
}

/**
 * Turns a content document (one language, as being saved) into the brand engine's plain input:
 * texts, links, images with their alt text, snippets with their text, citations and review date.
 */
export async function buildCheckInput(req: PayloadRequest, type: ContentType, doc: Partial<ContentDocument>, locale: Locale): Promise<BrandCheckInput> {
  const video = type === 'videos' ? (doc as Partial<Video>) : undefined
  const variants = doc.variants ?? []
  const imageRef = (field: ImageField) => (doc as Partial<Record<ImageField, Media | number | null>>)[field]
  const richTexts: Array<[string, unknown, 'body' | 'other']> = [['body', doc.body, 'body']]
  if (video) richTexts.push(['transcript', video.transcript, 'other'])
  variants.forEach((v, i) => richTexts.push([`variants.${i}.body`, v.body, 'body']))

  const refs = { media: new Set<number | string>(), snippets: new Set<number | string>() }
  richTexts.forEach(([, state]) => collectRefs(state, refs))
  for (const field of IMAGE_FIELDS[type]) {
    const ref = imageRef(field)
    if (isId(ref)) refs.media.add(ref)
  }

  const load = async (collection: 'media' | 'snippets', ids: Set<number | string>) => {
    if (ids.size === 0) return new Map() as Loaded
    const { docs } = await req.payload.find({
      collection,
      depth: 0,
      limit: ids.size,
      locale,
      overrideAccess: true,
      pagination: false,
      req,
      where: { id: { in: [...ids] } },
    })
    return new Map<string, Media | Snippet>(docs.map((d) => [String(d.id), d]))
  }
  const [media, snippets] = await keepingRequestLocale(req, () => Promise.all([load('media', refs.media), load('snippets', refs.snippets)]))

  const extracted: ExtractedContent<TextRole> = { images: [], links: [], snippetIds: [], texts: [] }
  for (const [path, state, role] of richTexts) {
    const part = extractFromLexical(path, populate(state, { media, snippets }), role)
    extracted.texts.push(...part.texts)
    extracted.links.push(...part.links)
    extracted.images.push(...part.images)
    extracted.snippetIds.push(...part.snippetIds)
  }

  const texts: BrandCheckInput['texts'] = []
  if (doc.title) texts.push({ path: 'title', role: 'title', text: String(doc.title) })
  if (doc.summary) texts.push({ path: 'summary', role: 'summary', text: String(doc.summary) })
  const meta = (doc as { meta?: { description?: null | string; title?: null | string } | null }).meta
  if (meta?.title) texts.push({ path: 'meta.title', role: 'metaTitle', text: meta.title })
  if (meta?.description) texts.push({ path: 'meta.description', role: 'metaDescription', text: meta.description })
  variants.forEach((v, i) => {
    if (v.title) texts.push({ path: `variants.${i}.title`, role: 'title', text: String(v.title) })
    if (v.summary) texts.push({ path: `variants.${i}.summary`, role: 'summary', text: String(v.summary) })
  })

  const images = IMAGE_FIELDS[type]
    .filter((field) => imageRef(field))
    .map((field) => {
      const ref = imageRef(field)
      const image = (typeof ref === 'object' ? ref : media.get(String(ref))) as Media | undefined
      return { alt: image?.alt ?? null, filename: image?.filename ?? undefined, path: field }
    })

  return {
    citations: Array.isArray(doc.citations) ? doc.citations.length : 0,
    clinical: doc.clinical !== false,
    images: [...images, ...extracted.images],
    links: extracted.links,
    locale,
    medicalReviewedAt: doc.medicalReviewedAt ?? null,
    snippetIds: [...new Set(extracted.snippetIds)],
    texts: [...texts, ...extracted.texts],
    type,
    video:
      video
        ? { hasCaptions: Boolean(video.captions), hasTranscript: extractFromLexical('transcript', video.transcript, 'other').texts.length > 0 }
        : undefined,
  }
}
