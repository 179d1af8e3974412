/** `GET /api/feed.atom` query: stage, condition, locale, types, limit. Messages never repeat a value sent. Pure. */
import { z } from 'zod'

import { contentTypesParam, oneOf, screenQueryParams } from '../personalization/formats/feed'
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from '../privacy/profile'
import type { ContentType } from '../taxonomy/contentTypes'
import { JOURNEY_STAGE_VALUES, type JourneyStage } from '../taxonomy/journeyStages'
import { LOCALES, type Locale } from '../taxonomy/locales'

export const ATOM_QUERY_PARAMS = ['stage', 'condition', 'locale', 'types', 'limit'] as const
export const DEFAULT_ATOM_ENTRIES = 50
export const MAX_ATOM_ENTRIES = 100

export interface AtomQuery {
  stage?: JourneyStage
  condition?: string
  locale: Locale
  types?: ContentType[]
  limit: number
}

const LIMIT_RANGE = `limit must be a whole number from 1 to ${MAX_ATOM_ENTRIES} (default ${DEFAULT_ATOM_ENTRIES})`
const schema = z
  .object({
    condition: z
      .string()
      .max(MAX_SLUG_LENGTH, { error: 'condition is too long for a condition slug (for example type-2-diabetes)' })
      .regex(SLUG_PATTERN, { error: 'condition is not a condition slug: lowercase letters and digits joined by hyphens (for example type-2-diabetes)' })
      .optional(),
    limit: z.string().regex(/^\d{1,3}$/, { error: LIMIT_RANGE }).transform(Number).pipe(z.number().int().min(1, { error: LIMIT_RANGE }).max(MAX_ATOM_ENTRIES, { error: LIMIT_RANGE })).optional(),
    locale: z.enum(LOCALES, { error: `locale ${oneOf(LOCALES)}` }).optional(),
    stage: z.enum(JOURNEY_STAGE_VALUES as [JourneyStage, ...JourneyStage[]], { error: `stage ${oneOf(JOURNEY_STAGE_VALUES)}` }).optional(),
    types: contentTypesParam.optional(),
  })
  .strict()

export function parseAtomQuery(params: URLSearchParams): { ok: true; query: AtomQuery } | { message: string; ok: false } {
  const refusal = screenQueryParams(params, ATOM_QUERY_PARAMS, {
    noIdentifiers: `Carepath never accepts patient identifiers: the Atom feed takes only ${ATOM_QUERY_PARAMS.join(', ')}`,
  })
  if (refusal) return { message: refusal, ok: false }
  const parsed = schema.safeParse(Object.fromEntries(params))
  if (!parsed.success) return { message: parsed.error.issues[0]!.message, ok: false }
  const { limit, locale, ...rest } = parsed.data
  return { ok: true, query: { ...rest, limit: limit ?? DEFAULT_ATOM_ENTRIES, locale: locale ?? 'en' } }
}
