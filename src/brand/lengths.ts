/** Shared by titleLength and summaryLength: characters are counted as people see them (code points). */
import type { BrandCheckInput, TextRole } from './content'
import type { RawFinding } from './rule'

export const visibleLength = (text: string): number => [...text.trim()].length

export function checkLength(input: BrandCheckInput, role: TextRole, max: number, label: string, why: string, min = 0): RawFinding[] {
  // Each title (the item's own and each segment variant's) is measured on its own; pieces sent under one path are one text.
  const byPath = new Map<string, string[]>()
  for (const t of input.texts) if (t.role === role) byPath.set(t.path, [...(byPath.get(t.path) ?? []), t.text.trim()])
  const findings: RawFinding[] = []
  for (const [path, pieces] of byPath) {
    const text = pieces.join(' ')
    const length = visibleLength(text)
    if (length > max) findings.push({ path, text, message: `${label} is ${length} characters; shorten it to ${max} or fewer (${length - max} over) ${why}` })
    else if (length < min) findings.push({ path, text, message: `${label} is ${length} characters; lengthen it to at least ${min} (${min - length} short) ${why}` })
  }
  return findings
}
