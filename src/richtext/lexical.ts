/**
 * The one way Carepath reads Payload's Lexical JSON: node shape, root and children access, a depth-first walk and a
 * copy-with-replacements. Every module that looks inside rich text (plain text, snippet references, brand
 * extraction, the brand gate's population of uploads and snippets) goes through these. Pure.
 */
export type LexicalNode = {
  type?: unknown
  text?: unknown
  children?: unknown
  fields?: Record<string, unknown> | null
  relationTo?: unknown
  value?: unknown
}

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/** The root node of an editor state, if it has one. */
export const rootOf = (state: unknown): LexicalNode | undefined =>
  isObject(state) && isObject(state.root) ? (state.root as LexicalNode) : undefined

/** A node's child nodes, skipping anything that is not a node. */
export const childrenOf = (node: LexicalNode): LexicalNode[] =>
  Array.isArray(node.children) ? (node.children.filter(isObject) as LexicalNode[]) : []

/** Calls `visit` on every node of the editor state, root first, depth first in document order. */
export function walkLexical(state: unknown, visit: (node: LexicalNode) => void): void {
  const walk = (node: LexicalNode) => {
    visit(node)
    childrenOf(node).forEach(walk)
  }
  const root = rootOf(state)
  if (root) walk(root)
}

/** A copy of the editor state in which every node is replaced by `replace(copy of node)`; children are copied first. */
export function mapLexical(state: unknown, replace: (node: LexicalNode) => LexicalNode): unknown {
  const copy = (node: LexicalNode): LexicalNode => {
    const next: LexicalNode = { ...node }
    if (Array.isArray(node.children)) next.children = node.children.map((child) => (isObject(child) ? copy(child as LexicalNode) : child))
    return replace(next)
  }
  const root = rootOf(state)
  return root ? { ...(state as Record<string, unknown>), root: copy(root) } : state
}

/** The relationship value of a `snippet` block (block or inline block), or undefined for any other node. */
export const snippetRefOf = (node: LexicalNode): unknown =>
  (node.type === 'block' || node.type === 'inlineBlock') && node.fields?.blockType === 'snippet' ? node.fields.snippet : undefined

/** Whether the node is a `snippet` block. */
export const isSnippetBlock = (node: LexicalNode): boolean =>
  (node.type === 'block' || node.type === 'inlineBlock') && node.fields?.blockType === 'snippet'
