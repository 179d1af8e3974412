import type { Payload, Where } from 'payload'

import { ADMINS_CONSTRAINT } from '../collections/QueryPresets'
import { CONTENT_TYPES } from '../taxonomy/contentTypes'
import { demoPresets } from './data'
import type { DemoPreset } from './data/presets'

type ID = number | string

/** A preset's filter in the shape the list view's Filters panel writes (`or` → `and` → conditions), so it shows there. */
export function presetWhere(preset: DemoPreset, ids: { conditions: Map<string, ID>; segments: Map<string, ID> }): Where {
  const resolve = (slugs: readonly string[], map: Map<string, ID>, kind: string) =>
    slugs.map((slug) => {
      const id = map.get(slug)
      if (id === undefined) throw new Error(`Demo preset "${preset.title}": no ${kind} "${slug}"`)
      return id
    })
  const and: Where[] = []
  if (preset.stages?.length) and.push({ stages: { in: [...preset.stages] } })
  if (preset.segments?.length) and.push({ segments: { in: resolve(preset.segments, ids.segments, 'segment') } })
  if (preset.conditions?.length) and.push({ conditions: { in: resolve(preset.conditions, ids.conditions, 'condition') } })
  if (preset.workflowStates?.length) and.push({ 'workflow.state': { in: [...preset.workflowStates] } })
  if (preset.status) and.push({ _status: { equals: preset.status } })
  if (preset.awaitingMedicalReview) and.push({ clinical: { equals: true } }, { medicalReviewedAt: { exists: false } })
  if (preset.brandStatuses?.length) and.push({ brandStatus: { in: [...preset.brandStatuses] } })
  return { or: [{ and }] }
}

/**
 * The demo's shared saved views, on each content type: every staff member sees them, only admins change or delete
 * them. Needs the demo segments and conditions.
 */
export async function seedQueryPresets(payload: Payload): Promise<number> {
  const bySlug = async (collection: 'conditions' | 'segments') =>
    new Map((await payload.find({ collection, depth: 0, limit: 0, pagination: false, select: { slug: true } })).docs.map((d) => [d.slug as string, d.id] as const))
  const ids = { conditions: await bySlug('conditions'), segments: await bySlug('segments') }
  let created = 0
  for (const relatedCollection of CONTENT_TYPES) {
    for (const preset of demoPresets) {
      await payload.create({
        collection: 'payload-query-presets',
        data: {
          access: { delete: { constraint: ADMINS_CONSTRAINT }, read: { constraint: 'everyone' }, update: { constraint: ADMINS_CONSTRAINT } },
          isShared: true,
          relatedCollection,
          title: preset.title,
          where: presetWhere(preset, ids),
        } as never,
      })
      created += 1
    }
  }
  return created
}
