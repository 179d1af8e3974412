import type { CollectionConfig } from 'payload'

export const LEASES = 'job-leases' as const

/**
 * Short-lived claims that several server instances on one database race for: "who runs the jobs queue this
 * minute" and "who sends this webhook attempt". The unique `key` makes taking one atomic on every database
 * engine (an insert either wins or fails). Written by the server only; nobody reads them over the API.
 */
export const JobLeases: CollectionConfig<typeof LEASES> = {
  slug: LEASES,
  access: { create: () => false, delete: () => false, read: () => false, update: () => false },
  admin: { hidden: true },
  fields: [
    { name: 'key', type: 'text', index: true, required: true, unique: true },
    { name: 'holder', type: 'text', required: true },
    { name: 'expiresAt', type: 'date', index: true, required: true },
  ],
  graphQL: false,
  timestamps: false,
}
