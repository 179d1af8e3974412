import type { FieldHook, TextField } from 'payload'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Lower-case, ASCII, hyphenated: "Diabetes & you: año nuevo" → "diabetes-you-ano-nuevo". */
export const slugify = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/g, '')

const generateSlug =
  (fromField: string): FieldHook =>
  ({ data, value }) => {
    if (typeof value === 'string' && value.trim() !== '') return value.trim()
    const source = data?.[fromField]
    // Localized titles arrive as a string for the current locale.
    return typeof source === 'string' ? slugify(source) : value
  }

/** Unique URL slug, generated from `fromField` when left empty and editable afterwards. */
export const slugField = (fromField = 'title'): TextField => ({
  name: 'slug',
  type: 'text',
  admin: {
    description: 'The address of this item on the website. Generated from the title; change it only before publishing.',
    position: 'sidebar',
  },
  hooks: { beforeValidate: [generateSlug(fromField)] },
  index: true,
  // Not `required` in the schema: GraphQL/REST clients may omit it and get the generated slug.
  unique: true,
  validate: (value: null | string | undefined) => {
    if (!value) return 'A slug is required (it is generated from the title when left empty).'
    return SLUG_PATTERN.test(value)
      ? true
      : `"${value}" is not a valid slug: use lower-case letters, digits and single hyphens (for example "managing-gestational-diabetes").`
  },
})
