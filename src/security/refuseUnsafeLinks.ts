import type { CollectionBeforeChangeHook } from 'payload'
import { ValidationError } from 'payload'

import { checkLinkField } from '../validation/safeUrl'

/** Plain-data fields that hold a link, by name, with the label editors see. */
const LINK_FIELDS: Record<string, string> = {
  registrationUrl: 'Registration link',
  url: 'Link',
  virtualUrl: 'Virtual meeting link',
}
const LEXICAL_LINK_TYPES = new Set(['autolink', 'link'])

export interface UnsafeLink {
  message: string
  path: string
}

const preview = (url: string) => JSON.stringify(url.length > 40 ? `${url.slice(0, 39)}…` : url)

/**
 * Every link stored in `data`: Lexical link and autolink nodes in any rich text (body, variants,
 * transcript, snippets) and plain link fields (citation, video, meeting and registration URLs).
 * Pure: walks plain data, so it also covers fields added later.
 */
export function findUnsafeLinks(data: unknown): UnsafeLink[] {
  const found: UnsafeLink[] = []
  const linksIn = (node: unknown, field: string) => {
    if (Array.isArray(node)) return node.forEach((child) => linksIn(child, field))
    if (!node || typeof node !== 'object') return
    const { children, fields, type } = node as { children?: unknown; fields?: { url?: unknown }; type?: unknown }
    if (typeof type === 'string' && LEXICAL_LINK_TYPES.has(type) && typeof fields?.url === 'string' && fields.url !== '') {
      const verdict = checkLinkField(fields.url, `The link ${preview(fields.url)} in ${field}`)
      if (verdict !== true) found.push({ message: verdict, path: field })
    }
    linksIn(children, field)
  }
  const visit = (value: unknown, path: string[]) => {
    if (Array.isArray(value)) return value.forEach((item, i) => visit(item, [...path, String(i)]))
    if (!value || typeof value !== 'object') return
    const root = (value as { root?: unknown }).root
    // A Lexical document; the path reported is the rich-text field, where the editor looks.
    if (root && typeof root === 'object' && 'children' in root) return linksIn(root, path.join('.') || 'the text')
    for (const [key, child] of Object.entries(value)) {
      const where = [...path, key].join('.')
      if (typeof child === 'string' && key in LINK_FIELDS) {
        const verdict = checkLinkField(child, `${LINK_FIELDS[key]} (${where})`)
        if (verdict !== true) found.push({ message: verdict, path: where })
      } else visit(child, [...path, key])
    }
  }
  visit(data, [])
  return found
}

/**
 * Refuses `javascript:`, `data:` and other unsafe links on every save, drafts included
 * (Payload skips field validation for drafts, so this cannot live in `validate` alone).
 */
export const refuseUnsafeLinks: CollectionBeforeChangeHook = ({ collection, data }) => {
  const unsafe = findUnsafeLinks(data)
  if (unsafe.length) throw new ValidationError({ collection: collection.slug, errors: unsafe })
  return data
}
