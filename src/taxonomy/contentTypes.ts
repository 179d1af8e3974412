/** The four kinds of patient-facing content; each is a collection with this slug. */
export const CONTENT_TYPES = ['articles', 'pamphlets', 'videos', 'events'] as const
export type ContentType = (typeof CONTENT_TYPES)[number]
