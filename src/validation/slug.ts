export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** `true` or a message: lower-case letters, digits and single hyphens only (no "../", no spaces). */
export function checkSlug(value: unknown): string | true {
  if (value === null || value === undefined || value === '') return 'A slug is required (it is generated from the title when left empty).'
  const text = String(value)
  return SLUG_PATTERN.test(text)
    ? true
    : `"${text.slice(0, 100)}" is not a valid slug: use lower-case letters, digits and single hyphens (for example "managing-gestational-diabetes").`
}
