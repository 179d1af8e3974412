/**
 * The delivery store's programs: published programs in memory, loaded and synced with the content (through the
 * `content-events` log), and the cache of step answers, invalidated when a program or a step's content changes.
 */
import type { Payload, PayloadRequest, Where } from 'payload'

import type { TaxonomyLookup } from '../../delivery/toDeliveryItem'
import type { ItemChange } from '../../personalization/deliveryIndex'
import { ResponseCache, type AffectedBy } from '../../personalization/responseCache'
import { ProgramIndex, programKey } from '../delivery/programIndex'
import { toDeliveryProgram, type ProgramAllLocales } from './toDeliveryProgram'
import type { DeliveryProgram } from '../delivery/types'
import { internalRead } from '../delivery/internalRead'

export class ProgramStore {
  readonly cache = new ResponseCache<unknown>()
  index = new ProgramIndex()
  /** Goes up by one on every change to a program or to any content item; cached answers name what affects them. */
  version = 0

  /** Reads every published program (a few hundred at most, each a few kilobytes). */
  async load(payload: Payload, taxonomy: TaxonomyLookup): Promise<void> {
    const index = new ProgramIndex()
    for (const doc of await findPublishedPrograms(payload)) index.upsert(toDeliveryProgram(doc, taxonomy))
    this.index = index
    this.cache.clear()
    this.version++
  }

  /** Re-reads one program's live version after a logged change. */
  async refresh(payload: Payload, id: string, taxonomy: TaxonomyLookup): Promise<void> {
    const doc = await payload.findByID({ collection: 'programs', context: internalRead(), depth: 0, disableErrors: true, draft: false, id, locale: 'all', overrideAccess: true })
    if (doc && doc._status === 'published') this.index.upsert(toDeliveryProgram(doc as unknown as ProgramAllLocales, taxonomy))
    else this.index.remove(id)
    this.changed({ entry: undefined, key: programKey(id) })
  }

  /** A content item or a program changed: answers that do not involve it stay cached. */
  changed(change: ItemChange): void {
    this.version++
    this.cache.itemChanged(change, this.version)
  }

  /** What can change an answer about this program: the program itself or one of its steps' content. */
  affectedBy(program: DeliveryProgram): AffectedBy {
    const keys = this.index.contentKeys(program)
    const own = programKey(program.id)
    return ({ key }) => key === own || keys.has(key)
  }

  /** Cached answer, or computed now and cached. Synchronous from reading the version to storing the answer. */
  cached<T>(key: string, affectedBy: AffectedBy, compute: () => T, enabled = true): T {
    if (enabled) {
      const hit = this.cache.get(key, this.version) as T | undefined
      if (hit !== undefined) return hit
    }
    const version = this.version
    const value = compute()
    if (enabled) this.cache.set(key, version, value, new Date(), affectedBy)
    return value
  }
}

/** Published programs in every language, for delivery and integrity checks (optionally only those matching `where`). */
export async function findPublishedPrograms(payload: Payload, { req, where }: { req?: PayloadRequest; where?: Where } = {}): Promise<ProgramAllLocales[]> {
  const published: Where = { _status: { equals: 'published' } }
  const { docs } = await payload.find({
    collection: 'programs',
    context: internalRead(),
    depth: 0,
    draft: false,
    limit: 0,
    locale: 'all',
    overrideAccess: true,
    pagination: false,
    req,
    where: where ? { and: [published, where] } : published,
  })
  return docs as unknown as ProgramAllLocales[]
}

/** Any program change affects lists of programs. */
export const anyProgram: AffectedBy = ({ key }) => key.startsWith('programs/')
