/** Shared by titleLength and summaryLength: characters are counted as people see them (code points). */
import type { BrandCheckInput, TextRole } from './content'
import type { RawFinding } from './rule'

export const visibleLength = (text: string): number => [...text.trim()].length

export function checkLength(input: BrandCheckInput, role: TextRole, max: number, label: string, why: string): RawFinding[] {
  const texts = input.texts.filter((t) => t.role === role)
  if (texts.length === 0) return []
  const text = texts.map((t) => t.text.trim()).join(' ')
  const length = visibleLength(text)
  if (length <= max) return []
  return [
    {
      path: texts[0]!.path,
      text,
      message: `${label} is ${length} characters; shorten it to ${max} or fewer (${length - max} over) ${why}`,
    },
  ]
}
