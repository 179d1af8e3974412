import type { FieldHook } from 'payload'

import { deliveryStore, loadedDeliveryStore } from '../../../delivery/store'
import { asLocale } from '../../../taxonomy/locales'
import { programIntegrity } from '../../delivery/integrity'
import { indexLookup } from '../../delivery/storeLookup'
import { toDeliveryProgram, type ProgramAllLocales } from '../toDeliveryProgram'
import { INTERNAL_READ } from '../../delivery/internalRead'
import { NO_TAXONOMY } from './refuseBrokenPublish'

/**
 * `brokenSteps` for the admin's list and edit view: the program as read, checked in the language read against this
 * instance's delivery store. Inside a save's transaction it does not wait for the store to load (null until then).
 */

export const countBrokenSteps: FieldHook = async ({ context, data, req }) => {
  // Delivery's own reads of programs (the store's load among them) need no count and must not wait for the store.
  if (context?.[INTERNAL_READ]) return null
  if (!data || !Array.isArray(data.tracks)) return 0
  const store = req.transactionID ? await loadedDeliveryStore(req.payload) : await deliveryStore(req.payload)
  if (!store) return null
  const program = toDeliveryProgram(data as ProgramAllLocales, NO_TAXONOMY)
  return programIntegrity(program, asLocale(req.locale), indexLookup(store.index), { ...store.availability, now: new Date() }).broken
}
