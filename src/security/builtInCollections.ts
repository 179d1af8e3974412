import type { Access, CollectionBeforeChangeHook, Config, Endpoint, PayloadRequest, SanitizedConfig, Where } from 'payload'
import { APIError, Forbidden } from 'payload'

import { admins } from '../access/admins'
import { staff } from '../access/staff'
import { hasRole, isStaffUser } from '../access/roles'

const nobody: Access = () => false

/** Staff only, then the collection's own rule (e.g. "your own preferences"). */
const staffAnd =
  (rule: Access | undefined): Access =>
  (args) =>
    isStaffUser(args.req.user) ? (rule ? rule(args) : true) : false

/**
 * Payload adds collections of its own whose default access is "anyone signed in", and to Payload
 * an API client is signed in. These rules make them staff-only (API clients are read-only
 * machines): a key could otherwise lock documents (an editor's next save failed with 423),
 * lock the brand guidelines, delete locks or store preferences.
 */
const BUILT_IN_ACCESS: Record<string, (current: Record<string, Access | undefined>) => Record<string, Access>> = {
  // Document locks exist for people editing in the admin; any staff member may take over a lock.
  'payload-locked-documents': () => ({ create: staff, delete: staff, read: staff, update: staff }),
  // Admin UI preferences (columns, collapsed panels): each staff member's own.
  'payload-preferences': (current) => ({
    create: staff,
    delete: staffAnd(current.delete),
    read: staffAnd(current.read),
    update: staffAnd(current.update),
  }),
  // Written by the jobs runner with overrideAccess only.
  'payload-jobs': () => ({ create: nobody, delete: nobody, read: nobody, update: nobody }),
  // Written by `payload migrate` only; admins may see which migrations ran.
  'payload-migrations': () => ({ create: nobody, delete: nobody, read: admins, update: nobody }),
  'payload-kv': () => ({ create: nobody, delete: nobody, read: nobody, update: nobody }),
  'payload-folders': () => ({ create: nobody, delete: nobody, read: nobody, update: nobody }),
  // Saved list views (src/collections/QueryPresets.ts): staff only, then each view's own sharing settings.
  'payload-query-presets': (current) => ({
    create: staffAnd(current.create),
    delete: staffAnd(current.delete),
    read: staffAnd(current.read),
    update: staffAnd(current.update),
  }),
}

/** Who may run, queue and cancel jobs over the API (`/api/payload-jobs/run`); the built-in default is anyone signed in. */
const adminsOnly = ({ req }: { req: PayloadRequest }) => hasRole(req.user, 'admin')
export const jobsAccess: NonNullable<NonNullable<Config['jobs']>['access']> = { cancel: adminsOnly, queue: adminsOnly, run: adminsOnly }

const staffOnlyEndpoint = (endpoint: Endpoint): Endpoint =>
  (endpoint as { staffOnly?: true }).staffOnly
    ? endpoint
    : ({
        ...endpoint,
        handler: (req) => {
          if (!isStaffUser(req.user)) throw new Forbidden(req.t)
          return endpoint.handler(req)
        },
        staffOnly: true,
      } as Endpoint)

// Payload's default lock duration (admin `lockDocuments.duration`): a lock older than this is abandoned.
const LOCK_SECONDS = 300

/**
 * A second editor cannot lock a document (or global) another editor holds: the admin takes the lock on opening, and a
 * second lock would let both save over each other. "Take over" in the admin updates the existing lock instead.
 */
const oneLockPerDocument: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const document = data.document as { relationTo?: string; value?: number | string } | undefined
  const target: Where = data.globalSlug
    ? { globalSlug: { equals: data.globalSlug } }
    : { and: [{ 'document.relationTo': { equals: document?.relationTo } }, { 'document.value': { equals: document?.value } }] }
  const { docs } = await req.payload.find({
    collection: 'payload-locked-documents',
    depth: 0,
    limit: 10,
    overrideAccess: true,
    req,
    where: { and: [target, { updatedAt: { greater_than: new Date(Date.now() - LOCK_SECONDS * 1000).toISOString() } }] },
  })
  const holder = docs.find((lock) => {
    const user = lock.user as { value?: unknown } | undefined
    const value = user && typeof user.value === 'object' && user.value ? (user.value as { id?: unknown }).id : user?.value
    return String(value) !== String(req.user?.id)
  })
  if (holder) throw new APIError('Someone else is editing this document; try again when they have closed it.', 423, null, true)
  return data
}

/**
 * Applies the rules above to the sanitized config. Payload has no option for the access of its
 * own collections (locked documents and preferences are added while sanitizing, after plugins),
 * so this runs from `onInit`, before the first request, on the config every operation reads.
 */
/** Payload's own globals: the jobs scheduler's bookkeeping (added when a task has a schedule) is for the server only. */
const BUILT_IN_GLOBAL_ACCESS: Record<string, Record<string, Access>> = {
  'payload-jobs-stats': { read: admins, readVersions: nobody, update: nobody },
}

export function secureBuiltInCollections(config: SanitizedConfig): void {
  for (const global of config.globals) {
    const rules = BUILT_IN_GLOBAL_ACCESS[global.slug]
    if (rules) global.access = { ...global.access, ...rules } as typeof global.access
  }
  for (const collection of config.collections) {
    const rules = BUILT_IN_ACCESS[collection.slug]
    if (rules) collection.access = { ...collection.access, ...rules(collection.access as Record<string, Access | undefined>) }
    if (collection.slug === 'payload-locked-documents') {
      collection.hooks = { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), oneLockPerDocument] }
    }
    // The preferences endpoints (`/api/payload-preferences/:key`) check only "signed in", not collection access.
    if (collection.slug === 'payload-preferences' && Array.isArray(collection.endpoints)) {
      collection.endpoints = collection.endpoints.map(staffOnlyEndpoint)
    }
  }
}
