/**
 * What the database says of the content a program's steps deliver, read in the caller's transaction: the write side
 * (publishing a program, a content save that may break one) and the staff integrity view must not wait for a sync.
 */
import type { Payload, PayloadRequest } from 'payload'

import { DELIVERY_SELECT } from '../../delivery/store'
import { inLocale, toDeliveryItem, type TaxonomyLookup } from '../../delivery/toDeliveryItem'
import type { AllLocalesDocument } from '../../localApi/contentDocuments'
import { itemKey } from '../../personalization/deliveryIndex'
import type { ContentType } from '../../taxonomy/contentTypes'
import type { StepContent } from '../delivery/integrity'
import type { DeliveryProgram } from '../delivery/types'

export type LiveContent = Map<string, StepContent>

/** Each step content's live item, or why there is none (unpublished, deleted), keyed `type/id`. */
export async function readStepContent(payload: Payload, programs: readonly DeliveryProgram[], taxonomy: TaxonomyLookup, req?: PayloadRequest): Promise<LiveContent> {
  const wanted = new Map<ContentType, Set<string>>()
  for (const program of programs) {
    for (const track of program.tracks) {
      for (const step of track.steps) {
        if (!step.content) continue
        let ids = wanted.get(step.content.type)
        if (!ids) wanted.set(step.content.type, (ids = new Set()))
        ids.add(step.content.id)
      }
    }
  }
  const found: LiveContent = new Map()
  for (const [type, ids] of wanted) {
    const { docs } = await payload.find({
      collection: type,
      depth: 0,
      draft: false,
      limit: 0,
      locale: 'all',
      overrideAccess: true,
      pagination: false,
      req,
      select: { ...DELIVERY_SELECT[type], _status: true } as never,
      where: { id: { in: [...ids] } },
    })
    for (const doc of docs as unknown as Array<AllLocalesDocument & { _status?: string | null }>) {
      const key = itemKey(type, String(doc.id))
      if (doc._status === 'published') found.set(key, { item: toDeliveryItem(type, doc, taxonomy) })
      else found.set(key, { removal: 'unpublished', slug: doc.slug ?? null, title: inLocale<string>(doc.title as never, 'en') ?? inLocale<string>(doc.title as never, 'es') ?? null })
    }
    for (const id of ids) if (!found.has(itemKey(type, id))) found.set(itemKey(type, id), { removal: 'deleted' })
  }
  return found
}

export const lookupIn = (live: LiveContent) => (content: { type: ContentType; id: string }): StepContent => live.get(itemKey(content.type, content.id)) ?? { removal: 'deleted' }
