/** Plain text of a Lexical editor state (Payload's stored JSON), block by block. Pure. */
import { childrenOf, rootOf, type LexicalNode } from './lexical'

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'listitem', 'quote', 'root', 'list', 'block'])

export function lexicalBlocks(state: unknown): string[] {
  const root = rootOf(state)
  if (!root) return []
  const blocks: string[] = []
  const inline = (node: LexicalNode): string => {
    if (node.type === 'text') return typeof node.text === 'string' ? node.text : ''
    if (node.type === 'linebreak' || node.type === 'tab') return ' '
    return childrenOf(node).map(inline).join('')
  }
  const walk = (node: LexicalNode) => {
    const children = childrenOf(node)
    const hasBlockChildren = children.some((c) => typeof c.type === 'string' && BLOCK_TYPES.has(c.type))
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
