import type { FieldHook } from 'payload'
import { ValidationError } from 'payload'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** `true` or a message: lower-case letters, digits and single hyphens only (no "../", no spaces). */
export function checkSlug(value: unknown): string | true {
  if (value === null || value === undefined || value === '') return 'A slug is required (it is generated from the title when left empty).'
  const text = String(value)
  return SLUG_PATTERN.test(text)
    ? true
    : `"${text.slice(0, 100)}" is not a valid slug: use lower-case letters, digits and single hyphens (for example "managing-gestational-diabetes").`
}

/** Field hook: the slug rule on every save, drafts included (Payload skips `validate` for drafts). */
export const refuseInvalidSlug: FieldHook = ({ collection, value }) => {
  if (value === null || value === undefined || value === '') return value
  const verdict = checkSlug(value)
  if (verdict !== true) throw new ValidationError({ collection: collection?.slug, errors: [{ message: verdict, path: 'slug' }] })
  return value
}
