import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { currentAvailability } from '../../../delivery/store'
import type { TaxonomyLookup } from '../../../delivery/toDeliveryItem'
import { asLocale, LOCALES, type Locale } from '../../../taxonomy/locales'
import { brokenInEveryLocale } from '../../delivery/integrity'
import { lookupIn, readStepContent } from '../liveContent'
import { toDeliveryProgram, type ProgramAllLocales } from '../toDeliveryProgram'
import { ProgramIntegrityFailed } from '../ProgramIntegrityFailed'
import { internalRead } from '../../delivery/internalRead'

/** Integrity needs no slugs: an empty lookup spares the read. */
export const NO_TAXONOMY: TaxonomyLookup = { conditionSlug: new Map(), segmentSlug: new Map() }

type Doc = Record<string, unknown> & { id?: number | string; name?: unknown }

/** The languages a program being saved is offered in: the one saved now (if named) and those already stored. */
async function languagesOf(req: PayloadRequest, data: Doc, id: number | string | undefined): Promise<Locale[]> {
  const saving = asLocale(req.locale)
  const stored = id === undefined ? null : ((await req.payload.findByID({ collection: 'programs', context: internalRead(), depth: 0, disableErrors: true, draft: true, id, locale: 'all', overrideAccess: true, req })) as Doc | null)
  const storedNames = (stored?.name && typeof stored.name === 'object' ? stored.name : {}) as Partial<Record<Locale, string | null>>
  return LOCALES.filter((locale) => (locale === saving ? Boolean(data.name) : Boolean(storedNames[locale])))
}

/**
 * Publishing a program whose steps are not all servable, in every language it is offered in, is refused with the
 * broken steps named. Reads the content in the save's transaction: what is live right now, not a second ago.
 */
export const refuseBrokenPublish: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const status = data._status ?? (originalDoc as Doc | undefined)?._status
  if (status !== 'published') return data
  const id = (originalDoc as Doc | undefined)?.id
  const program = toDeliveryProgram({ ...(originalDoc ?? {}), ...data, id: id ?? 'new' } as unknown as ProgramAllLocales, NO_TAXONOMY)
  const locales = await languagesOf(req, data, id)
  const live = await readStepContent(req.payload, [program], NO_TAXONOMY, req)
  const broken = brokenInEveryLocale(program, locales, lookupIn(live), await currentAvailability(req.payload, req))
  if (broken.length) throw new ProgramIntegrityFailed(broken)
  return data
}
