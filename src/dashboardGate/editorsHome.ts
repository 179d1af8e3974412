import type { Payload, TypedUser } from 'payload'

import { workWidgetsFor, type WorkList } from '../dashboard'
import { journeyCoverage, type JourneyCoverage } from './journeyCoverage'
import { WORK_DATA } from './myWork'

export interface EditorsHomeData {
  coverage: JourneyCoverage
  /** Conditions for the filter, by name. */
  conditions: Array<{ id: string; name: string }>
  locales: Array<{ code: string; label: string }>
  work: WorkList[]
}

const labelOf = (label: unknown, locale: string): string =>
  typeof label === 'string' ? label : label && typeof label === 'object' ? String((label as Record<string, unknown>)[locale] ?? Object.values(label)[0] ?? '') : ''

/** Everything the editors' home shows for `user`, each widget fetched in parallel. */
export async function editorsHomeData(payload: Payload, user: TypedUser, query: { condition?: unknown; locale?: unknown }, uiLocale = 'en'): Promise<EditorsHomeData> {
  const roles = Array.isArray((user as { roles?: unknown }).roles) ? ((user as { roles: string[] }).roles) : []
  const [coverage, conditions, work] = await Promise.all([
    journeyCoverage(payload, query, { labelLocale: uiLocale, user }),
    payload.find({ collection: 'conditions', depth: 0, limit: 500, overrideAccess: false, select: { name: true }, sort: 'name', user }),
    Promise.all(workWidgetsFor(roles).map((widget) => WORK_DATA[widget](payload, user, { locale: uiLocale }))),
  ])
  const localization = payload.config.localization
  return {
    conditions: conditions.docs.map((c) => ({ id: String(c.id), name: String((c as { name?: unknown }).name ?? c.id) })),
    coverage,
    locales: localization ? localization.locales.map((l) => ({ code: l.code, label: labelOf(l.label, uiLocale) || l.code })) : [],
    work,
  }
}
