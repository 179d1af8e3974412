/** Plain text of a Lexical editor state (Payload's stored JSON), block by block. Pure. */
type Node = { type?: string; text?: string; children?: Node[] }

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'listitem', 'quote', 'root', 'list'])

export function lexicalBlocks(state: unknown): string[] {
  const root = (state as { root?: Node } | null | undefined)?.root
  if (!root) return []
  const blocks: string[] = []
  const inline = (node: Node): string => {
    if (node.type === 'text') return node.text ?? ''
    if (node.type === 'linebreak' || node.type === 'tab') return ' '
    return (node.children ?? []).map(inline).join('')
  }
  const walk = (node: Node) => {
    const children = node.children ?? []
    const hasBlockChildren = children.some((c) => c.type && (BLOCK_TYPES.has(c.type) || c.type === 'block'))
    if (node.type !== 'root' && node.type !== 'list' && !hasBlockChildren) {
      const text = inline(node).replace(/\s+/g, ' ').trim()
      if (text) blocks.push(text)
      return
    }
    children.forEach(walk)
  }
  walk(root)
  return blocks
}

export const lexicalPlainText = (state: unknown): string => lexicalBlocks(state).join('\n')

export const countWords = (text: string): number => text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0

/** Plain-language readers average about 200 words a minute. */
export const readingMinutes = (words: number): number => (words === 0 ? 0 : Math.max(1, Math.round(words / 200)))
