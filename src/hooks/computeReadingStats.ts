import type { CollectionBeforeChangeHook } from 'payload'

import { countWords, lexicalPlainText, readingMinutes } from '../richtext/plainText'

/** Word count and reading time of the body in the language being saved (snippet text excluded). */
export const computeReadingStats: CollectionBeforeChangeHook = ({ data }) => {
  if (data.body === undefined) return data
  const words = countWords(lexicalPlainText(data.body))
  data.wordCount = words
  data.readingTimeMinutes = readingMinutes(words)
  return data
}
