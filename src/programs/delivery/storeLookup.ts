import type { DeliveryIndex } from '../../personalization/deliveryIndex'
import type { ContentType } from '../../taxonomy/contentTypes'
import type { StepContent } from './integrity'

/** What the delivery index knows of a step's content: the live item, or why it left (unpublished when unknown). */
export const indexLookup = (index: DeliveryIndex) => (content: { type: ContentType; id: string }): StepContent => {
  const item = index.get(content.type, content.id)
  if (item) return { item }
  const tombstone = index.removal(content.type, content.id)
  return { removal: tombstone?.reason ?? 'unpublished', slug: tombstone?.slug ?? null }
}
