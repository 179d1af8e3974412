import type { Endpoint } from 'payload'
import { APIError } from 'payload'

import { deliveryAudience } from '../../delivery/access'
import { requestURL } from '../../delivery/endpoints'
import { programStepsResponse } from '../../delivery/http/programSteps'
import { currentAvailability } from '../../delivery/store'
import { LOCALES, type Locale } from '../../taxonomy/locales'
import { programIntegrity } from '../delivery/integrity'
import { lookupIn, readStepContent } from './liveContent'
import { toDeliveryProgram, type ProgramAllLocales } from './toDeliveryProgram'
import { NO_TAXONOMY } from './hooks/refuseBrokenPublish'
import { internalRead } from '../delivery/internalRead'

/** `GET /api/programs/{slug}/steps`: see `programStepsResponse` (also served on the fast delivery path). */
export const programStepsEndpoint: Endpoint = {
  handler: (req) => programStepsResponse(req, requestURL(req), req.headers),
  method: 'get',
  path: '/:slug/steps',
}

/**
 * `GET /api/programs/{id}/integrity?locale=en&draft=true`, for staff (the admin's timeline): every step with its
 * status, checked against what is live in the database now. `draft=true` checks the latest draft, otherwise the
 * published version.
 */
export const programIntegrityEndpoint: Endpoint = {
  handler: async (req) => {
    if (deliveryAudience(req) !== 'staff') throw new APIError('Program integrity is for staff: sign in to the admin.', 401, null, true)
    const url = requestURL(req)
    const locale = (url.searchParams.get('locale') ?? 'en') as Locale
    if (!LOCALES.includes(locale)) throw new APIError(`locale must be one of ${LOCALES.join(', ')}.`, 400, null, true)
    const draftParam = url.searchParams.get('draft')
    if (draftParam !== null && draftParam !== 'true' && draftParam !== 'false') throw new APIError('draft must be true or false.', 400, null, true)
    const draft = draftParam === 'true'
    const id = String(req.routeParams?.id ?? '')
    const doc = await req.payload.findByID({ collection: 'programs', context: internalRead(), depth: 0, disableErrors: true, draft, id, locale: 'all', overrideAccess: true })
    if (!doc) throw new APIError(`There is no program with id ${id}.`, 404, null, true)
    if (!draft && doc._status !== 'published') throw new APIError('This program has no published version yet: ask with draft=true to check the draft.', 404, null, true)
    const program = toDeliveryProgram(doc as unknown as ProgramAllLocales, NO_TAXONOMY)
    const live = await readStepContent(req.payload, [program], NO_TAXONOMY)
    return Response.json(programIntegrity(program, locale, lookupIn(live), await currentAvailability(req.payload)))
  },
  method: 'get',
  path: '/:id/integrity',
}
