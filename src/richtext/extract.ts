/**
 * Walks a Lexical editor state into checkable plain content: one text per top-level block, links, images with their
 * alt text and snippet references (with the text of populated snippets). The brand engine checks the result. Pure.
 */
import { idOf } from '../utilities/idOf'
import { childrenOf, isObject, isSnippetBlock, rootOf, snippetRefOf, type LexicalNode } from './lexical'

export interface ExtractedText<Role extends string = string> {
  path: string
  text: string
  role: Role
}
export interface ExtractedLink {
  path: string
  text: string
  url: string
}
export interface ExtractedImage {
  path: string
  alt: string | null
  filename?: string
}

export interface ExtractedContent<Role extends string = string> {
  texts: ExtractedText<Role>[]
  links: ExtractedLink[]
  images: ExtractedImage[]
  snippetIds: string[]
}

// Elements laid out inline; every other element is treated as a block and separated by a space.
const INLINE_TYPES = new Set(['text', 'link', 'autolink', 'linebreak', 'tab', 'inlineBlock', 'mark', 'hashtag', 'emoji'])
// Snippets never nest in practice; the cap only guards against cyclic populated data.
const MAX_SNIPPET_DEPTH = 4

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim()
const idString = (value: unknown): string | undefined => {
  const id = idOf(value)
  return id === undefined ? undefined : String(id)
}

/** A relationship value as Payload returns it: an id, a populated doc, or `{ relationTo, value }`. */
function unwrapRelation(value: unknown): { id?: string; doc?: Record<string, unknown> } {
  if (isObject(value) && 'relationTo' in value && 'value' in value && !('id' in value)) return unwrapRelation(value.value)
  if (isObject(value)) return { id: idString(value.id), doc: value }
  return { id: idString(value) }
}

function linkUrl(fields: Record<string, unknown> | null | undefined): string {
  if (!fields) return ''
  if (typeof fields.url === 'string' && fields.url) return fields.url
  const doc = isObject(fields.doc) ? fields.doc : undefined
  if (!doc) return ''
  const { id } = unwrapRelation(doc)
  return `internal:${typeof doc.relationTo === 'string' ? doc.relationTo : 'doc'}:${id ?? ''}`
}

function imageOf(node: LexicalNode, path: string): ExtractedImage | undefined {
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
export function extractFromLexical<Role extends string>(path: string, editorState: unknown, role: Role): ExtractedContent<Role> {
  const out: ExtractedContent<Role> = { texts: [], links: [], images: [], snippetIds: [] }
  extractInto(out, path, editorState, role, 0)
  out.snippetIds = [...new Set(out.snippetIds)]
  return out
}

function extractInto<Role extends string>(out: ExtractedContent<Role>, path: string, state: unknown, role: Role, depth: number): void {
  const root = rootOf(state)
  if (!root) return
  // Indexes follow the stored array, so a path points at the block the editor sees even past junk entries.
  const blocks: unknown[] = Array.isArray(root.children) ? root.children : []
  blocks.forEach((block, index) => {
    if (!isObject(block)) return
    const blockPath = `${path}.${index}`
    const parts: string[] = []
    const snippetBodies: unknown[] = []

    const addSnippet = (node: LexicalNode) => {
      if (!isSnippetBlock(node)) return
      const { id, doc } = unwrapRelation(snippetRefOf(node))
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
          addSnippet(node)
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
