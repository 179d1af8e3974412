/** Ids of snippets referenced by `snippet` blocks anywhere in a Lexical editor state. Pure. */
import { idOf, type Id } from '../utilities/idOf'
import { isSnippetBlock, snippetRefOf, walkLexical } from './lexical'

export function snippetIdsInLexical(state: unknown): Id[] {
  const ids: Id[] = []
  walkLexical(state, (node) => {
    if (!isSnippetBlock(node)) return
    const id = idOf(snippetRefOf(node))
    if (id !== undefined) ids.push(id)
  })
  return ids
}
