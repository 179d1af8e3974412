/** The four kinds of patient-facing content; each is a collection with this slug. */
export const CONTENT_TYPES = ['articles', 'pamphlets', 'videos', 'events'] as const
export type ContentType = (typeof CONTENT_TYPES)[number]

export const isContentType = (value: unknown): value is ContentType => (CONTENT_TYPES as readonly unknown[]).includes(value)
