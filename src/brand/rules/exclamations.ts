import { defineRule } from '../rule'

/** The sentence that ends with the exclamation mark at `end`, so the editor can find it. */
function sentenceEndingAt(text: string, end: number): string {
  let start = end
  while (start > 0 && !'.!?\n'.includes(text[start - 1]!)) start--
  return text.slice(start, end + 1).trim()
}

export const exclamations = defineRule({
  id: 'exclamations',
  label: 'Exclamation marks',
  description: 'At most the configured number of exclamation marks per item, so real warnings stand out.',
  defaultSeverity: 'warning',
  check(input, settings) {
    const max = settings.structure.maxExclamations
    let total = 0
    let over: { path: string; text: string } | undefined
    for (const { path, text } of input.texts) {
      // Spanish "¡…!" is one exclamation, so only the closing mark is counted.
      for (let i = text.indexOf('!'); i !== -1; i = text.indexOf('!', i + 1)) {
        total++
        if (!over && total > max) over = { path, text: sentenceEndingAt(text, i) }
      }
    }
    if (!over) return []
    return [
      {
        path: over.path,
        text: over.text,
        // The place is the finding's path (shown by the admin in the form's words); the message quotes the sentence.
        message: `This item has ${total} exclamation marks; use at most ${max} so urgent warnings stand out (the limit is passed at “${over.text}”)`,
      },
    ]
  },
})
