import type { CollectionBeforeChangeHook, CollectionSlug, Config, FlattenedField, SanitizedConfig } from 'payload'

import { hasRole } from '../access/roles'
import { staff } from '../access/staff'

/** The custom sharing choice for editing and deleting a shared view: only admins may (the team's curated views). */
export const ADMINS_CONSTRAINT = 'admins'

const adminsOnly = {
  access: ({ req: { user } }: { req: { user: unknown } }) => hasRole(user as never, 'admin'),
  label: 'Admins',
  value: ADMINS_CONSTRAINT,
}

/**
 * Saved list views ("Retention · New moms"), Payload's query presets, on the four content types. Staff only: API
 * clients and visitors never see or save one. Each view is its author's unless shared: with everyone on the staff,
 * with named people, or (for editing and deleting) with admins only, which is how the team's shared views are kept.
 */
export const queryPresets: NonNullable<Config['queryPresets']> = {
  access: { create: staff, delete: staff, read: staff, update: staff },
  constraints: { delete: [adminsOnly as never], update: [adminsOnly as never] },
  labels: { plural: 'Saved views', singular: 'View' },
}

type Condition = Record<string, unknown>

/** A field of `collection` by its dotted filter path (top level or inside groups), or undefined. */
function fieldAt(fields: FlattenedField[], path: string): FlattenedField | undefined {
  const [head, ...rest] = path.split('.')
  const field = fields.find((f) => f.name === head)
  if (!field || rest.length === 0) return field
  return 'flattenedFields' in field ? fieldAt(field.flattenedFields, rest.join('.')) : undefined
}

/** Relationship ids in `in` / `not_in` / `all` lists as strings (the database casts them back). */
function stringifyIds(where: unknown, fields: FlattenedField[]): unknown {
  if (Array.isArray(where)) return where.map((w) => stringifyIds(w, fields))
  if (!where || typeof where !== 'object') return where
  const out: Condition = {}
  for (const [key, value] of Object.entries(where as Condition)) {
    if (key === 'and' || key === 'or') {
      out[key] = stringifyIds(value, fields)
      continue
    }
    const field = fieldAt(fields, key)
    const isRelation = field?.type === 'relationship' || field?.type === 'upload'
    out[key] =
      isRelation && value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value as Condition).map(([op, v]) => [op, Array.isArray(v) ? v.map((id) => (typeof id === 'number' ? String(id) : id)) : v]))
        : value
  }
  return out
}

/**
 * Payload's list of saved views summarises each view's first filter and crashes on a list of numeric ids (SQL
 * databases' ids), e.g. "segments is in [5]": views store relationship ids as strings, which filter the same.
 */
const storeIdsAsStrings: CollectionBeforeChangeHook = ({ data, req }) => {
  const related = req.payload.collections[data?.relatedCollection as CollectionSlug]
  if (!data?.where || !related) return data
  return { ...data, where: stringifyIds(data.where, related.config.flattenedFields) }
}

/** Adds Carepath's hooks to Payload's query-presets collection (created while Payload sanitizes the config; from onInit). */
export function addSavedViewHooks(config: SanitizedConfig): void {
  const presets = config.collections.find((c) => c.slug === 'payload-query-presets')
  if (!presets || presets.hooks.beforeChange?.includes(storeIdsAsStrings)) return
  presets.hooks.beforeChange = [...(presets.hooks.beforeChange ?? []), storeIdsAsStrings]
}
