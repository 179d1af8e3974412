/** Small hand-made library for the delivery tests: a diabetes hierarchy, heart failure, and an item factory. */
import { DeliveryIndex, type ConditionNode, type DeliveryItem } from '@/personalization'

export const NOW = new Date('2025-06-01T00:00:00.000Z')

/** An ISO time `days` before NOW (negative: after). */
export const daysAgo = (days: number): string => new Date(NOW.getTime() - days * 86_400_000).toISOString()

export const CONDITIONS: ConditionNode[] = [
  { slug: 'diabetes', name: 'Diabetes', parent: null, icd10: [], snomed: ['73211009'] },
  { slug: 'type-2-diabetes', name: 'Type 2 diabetes', parent: 'diabetes', icd10: ['E11'], snomed: ['44054006'] },
  { slug: 't2-hyperglycemia', name: 'Type 2 diabetes with hyperglycemia', parent: 'type-2-diabetes', icd10: ['E11.65'], snomed: [] },
  { slug: 't2-retinopathy', name: 'Diabetic retinopathy', parent: 'type-2-diabetes', icd10: ['E11.3'], snomed: [] },
  { slug: 'heart-failure', name: 'Heart failure', parent: null, icd10: ['I50'], snomed: [] },
]

export function makeItem(overrides: Partial<DeliveryItem> & { id: string }): DeliveryItem {
  return {
    type: 'articles',
    slug: overrides.id,
    updatedAt: daysAgo(1),
    publishedAt: daysAgo(1),
    locales: { en: { title: `Title ${overrides.id}`, summary: `Summary ${overrides.id}`, complete: true } },
    conditions: [],
    stages: ['awareness'],
    segments: [],
    channels: ['web', 'portal', 'email'],
    variants: [],
    endsAt: null,
    eventStatus: null,
    clinical: false,
    medicalReviewedAt: null,
    ...overrides,
  }
}

export function indexOf(items: DeliveryItem[], conditions: ConditionNode[] = CONDITIONS): DeliveryIndex {
  const index = new DeliveryIndex(conditions, { clock: () => NOW })
  for (const item of items) index.upsert(item)
  return index
}

export const ids = (results: ReadonlyArray<{ item: DeliveryItem }>): string[] => results.map((r) => r.item.id)
