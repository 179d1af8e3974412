/** Ids of snippets referenced by `snippet` blocks anywhere in a Lexical editor state. Pure. */
type Node = { type?: string; children?: Node[]; fields?: { blockType?: string; snippet?: unknown } }

export function snippetIdsInLexical(state: unknown): Array<number | string> {
  const ids: Array<number | string> = []
  const walk = (node: Node | undefined) => {
    if (!node) return
    if ((node.type === 'block' || node.type === 'inlineBlock') && node.fields?.blockType === 'snippet') {
      const ref = node.fields.snippet
      const id = typeof ref === 'object' && ref !== null ? (ref as { id?: number | string }).id : ref
      if (typeof id === 'number' || typeof id === 'string') ids.push(id)
    }
    node.children?.forEach(walk)
  }
  walk((state as { root?: Node } | null | undefined)?.root)
  return ids
}
