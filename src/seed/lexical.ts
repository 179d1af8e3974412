/**
 * Builds Lexical editor state from plain paragraphs: a line starting with "## " becomes a heading,
 * consecutive lines starting with "- " become a bulleted list.
 */
type LexicalNode = Record<string, unknown>

const textNode = (text: string): LexicalNode => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text,
  version: 1,
})

const element = (type: string, children: LexicalNode[], extra: LexicalNode = {}): LexicalNode => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

/** The editor-state shape Payload stores for a rich-text field. */
export interface LexicalDocument {
  [k: string]: unknown
  root: {
    type: string
    children: Array<{ [k: string]: unknown; type: any; version: number }>
    direction: 'ltr' | 'rtl' | null
    format: '' | 'center' | 'end' | 'justify' | 'left' | 'right' | 'start'
    indent: number
    version: number
  }
}

export function paragraphsToLexical(lines: readonly string[], trailing: LexicalNode[] = []): LexicalDocument {
  const children: LexicalNode[] = []
  let bullets: LexicalNode[] = []
  const flushBullets = () => {
    if (bullets.length) children.push(element('list', bullets, { listType: 'bullet', start: 1, tag: 'ul' }))
    bullets = []
  }
  for (const line of lines) {
    if (line.startsWith('- ')) {
      bullets.push(element('listitem', [textNode(line.slice(2))], { value: bullets.length + 1 }))
      continue
    }
    flushBullets()
    if (line.startsWith('## ')) children.push(element('heading', [textNode(line.slice(3))], { tag: 'h2' }))
    else children.push(element('paragraph', [textNode(line)], { textFormat: 0, textStyle: '' }))
  }
  flushBullets()
  return { root: element('root', [...children, ...trailing]) as unknown as LexicalDocument['root'] }
}
