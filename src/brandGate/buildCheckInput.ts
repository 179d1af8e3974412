import type { PayloadRequest } from 'payload'

import type { BrandCheckInput, TextRole } from '../brand/content'
import { extractFromLexical, type ExtractedContent } from '../richtext/extract'
import { mapLexical, snippetRefOf, walkLexical, type LexicalNode } from '../richtext/lexical'
import { keepingRequestLocale } from '../hooks/keepingRequestLocale'
import type { ContentType } from '../taxonomy/contentTypes'
import type { Locale } from '../taxonomy/locales'

type Doc = Record<string, any>
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
function populate(state: unknown, docs: { media: Map<string, Doc>; snippets: Map<string, Doc> }): unknown {
  return mapLexical(state, (node) => {
    if (isMediaUpload(node)) node.value = docs.media.get(String(node.value)) ?? node.value
    const snippet = snippetRefOf(node)
    if (isId(snippet)) node.fields = { ...node.fields, snippet: docs.snippets.get(String(snippet)) ?? snippet }
    return node
  })
}

const IMAGE_FIELDS: Record<ContentType, string[]> = {
  articles: ['heroImage'],
  events: [],
  pamphlets: ['coverImage'],
  videos: ['thumbnail'],
}

/**
 * Turns a content document (one language, as being saved) into the brand engine's plain input:
 * texts, links, images with their alt text, snippets with their text, citations and review date.
 */
export async function buildCheckInput(req: PayloadRequest, type: ContentType, doc: Doc, locale: Locale): Promise<BrandCheckInput> {
  const richTexts: Array<[string, unknown, 'body' | 'other']> = [['body', doc.body, 'body']]
  if (type === 'videos') richTexts.push(['transcript', doc.transcript, 'other'])
  ;(doc.variants ?? []).forEach((v: Doc, i: number) => richTexts.push([`variants.${i}.body`, v.body, 'body']))

  const refs = { media: new Set<number | string>(), snippets: new Set<number | string>() }
  richTexts.forEach(([, state]) => collectRefs(state, refs))
  for (const field of IMAGE_FIELDS[type]) if (isId(doc[field])) refs.media.add(doc[field])

  const load = async (collection: 'media' | 'snippets', ids: Set<number | string>) => {
    if (ids.size === 0) return new Map<string, Doc>()
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
    return new Map(docs.map((d) => [String(d.id), d as Doc]))
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
  ;(doc.variants ?? []).forEach((v: Doc, i: number) => {
    if (v.title) texts.push({ path: `variants.${i}.title`, role: 'title', text: String(v.title) })
    if (v.summary) texts.push({ path: `variants.${i}.summary`, role: 'summary', text: String(v.summary) })
  })

  const images = IMAGE_FIELDS[type]
    .filter((field) => doc[field])
    .map((field) => {
      const image = typeof doc[field] === 'object' ? doc[field] : media.get(String(doc[field]))
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
      type === 'videos'
        ? { hasCaptions: Boolean(doc.captions), hasTranscript: extractFromLexical('transcript', doc.transcript, 'other').texts.length > 0 }
        : undefined,
  }
}
