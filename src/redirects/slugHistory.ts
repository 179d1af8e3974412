/**
 * Old slugs stay working: every save that changes an item's slug records the one it had, so delivery can answer
 * the old address with a redirect to the current one. The list carries over from save to save, so a chain of
 * renames (a → b → c) leaves both a and b pointing straight at c.
 */
import type { FieldHook, TextField } from 'payload'

type WithSlugs = { previousSlugs?: null | string[]; slug?: null | string }

/** The slugs an item had before `current`, oldest first, without repeats and without `current` itself. */
export function nextSlugHistory(before: WithSlugs | undefined, current: null | string | undefined): string[] {
  const history = [...(before?.previousSlugs ?? [])]
  if (before?.slug && before.slug !== current) history.push(before.slug)
  return [...new Set(history)].filter((slug) => slug && slug !== current)
}

/** Computed from the stored document only: what a client sends for this field is ignored. */
const rememberPreviousSlug: FieldHook = ({ originalDoc, siblingData }) =>
  nextSlugHistory(originalDoc as WithSlugs | undefined, (siblingData as WithSlugs).slug)

export const previousSlugsField = (): TextField => ({
  name: 'previousSlugs',
  type: 'text',
  admin: { hidden: true },
  hasMany: true,
  hooks: { beforeChange: [rememberPreviousSlug], beforeDuplicate: [() => []] },
})
