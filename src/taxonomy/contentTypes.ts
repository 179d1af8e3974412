/** The four kinds of patient-facing content; each is a collection with this slug. */
export const CONTENT_TYPES = ['articles', 'pamphlets', 'videos', 'events'] as const
export type ContentType = (typeof CONTENT_TYPES)[number]

export const isContentType = (value: unknown): value is ContentType => (CONTENT_TYPES as readonly unknown[]).includes(value)

/** How editors name each type, one and many. */
export const TYPE_LABELS: Readonly<Record<ContentType, { singular: string; plural: string }>> = {
  articles: { plural: 'Articles', singular: 'Article' },
  events: { plural: 'Events', singular: 'Event' },
  pamphlets: { plural: 'Pamphlets', singular: 'Pamphlet' },
  videos: { plural: 'Videos', singular: 'Video' },
}
