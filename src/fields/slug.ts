import type { CollectionSlug, FieldHook, TextField } from 'payload'
import { ValidationError } from 'payload'

import { checkSlug } from '../validation/slug'

/** Field hook: the slug rule on every save, drafts included (Payload skips `validate` for drafts). */
export const refuseInvalidSlug: FieldHook = ({ collection, value }) => {
  if (value === null || value === undefined || value === '') return value
  const verdict = checkSlug(value)
  if (verdict !== true) throw new ValidationError({ collection: collection?.slug, errors: [{ message: verdict, path: 'slug' }] })
  return value
}

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

/** "Duplicate" in the admin copies every field; the copy gets the next free "-copy" slug. */
const nextFreeSlug: FieldHook = async ({ collection, req, value }) => {
  if (typeof value !== 'string' || !value || !collection) return value
  const base = `${value.replace(/-copy(?:-\d+)?$/, '')}-copy`
  const { docs } = await req.payload.find({
    collection: collection.slug as CollectionSlug,
    depth: 0,
    draft: true,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { slug: true } as Record<string, true>,
    where: { slug: { like: base } },
  })
  const taken = new Set(docs.map((d) => (d as { slug?: string }).slug))
  if (!taken.has(base)) return base
  let n = 2
  while (taken.has(`${base}-${n}`)) n += 1
  return `${base}-${n}`
}

/** Unique URL slug, generated from `fromField` when left empty and editable afterwards. */
export const slugField = (fromField = 'title'): TextField => ({
  name: 'slug',
  type: 'text',
  admin: {
    description: 'The address of this item on the website. Generated from the title; change it only before publishing.',
    position: 'sidebar',
  },
  hooks: { beforeChange: [refuseInvalidSlug], beforeDuplicate: [nextFreeSlug], beforeValidate: [generateSlug(fromField)] },
  index: true,
  // Not `required` in the schema: GraphQL/REST clients may omit it and get the generated slug.
  unique: true,
  validate: (value: null | string | undefined) => checkSlug(value),
})
