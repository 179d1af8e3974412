import type { Payload, PayloadRequest, Where } from 'payload'

import type { BrandGuideline, ContentEvent } from '../../payload-types'
import type { AllLocalesDocument } from '../localApi/contentDocuments'

import { ranksLapsedReviewsLower, settingsFromGuidelines, withholdsLapsedReviews } from '../brandGate/settingsFromGuidelines'
import { DEFAULT_MAX_REVIEW_AGE_MONTHS } from '../clinical/reviewDue'
import { isDatabaseUnavailable, rootMessage } from '../db/unavailable'
import { DeliveryIndex } from '../personalization'
import { ResponseCache } from '../personalization'
import type { AvailabilityOptions, DeliveryItem, RemovalReason } from '../personalization'
import { CONTENT_TYPES, isContentType, type ContentType } from '../taxonomy/contentTypes'
import { ProgramStore } from '../programs/payload/programStore'
import { SEARCH_SELECT, searchDocument, searchVocabulary } from '../search/api/documents'
import { SearchIndex } from '../search/searchIndex'
import { deliveryExtras, toConditionNode, toDeliveryItem, type TaxonomyLookup } from './toDeliveryItem'
import { itemSeoFrom, SEO_SELECT } from '../seo/payload/fromDocument'
import { SeoIndex } from '../seo/seoIndex'


const PAGE = 500

/**
 * The fields delivery reads. Bodies, transcripts, brand findings and versions stay in the database: a full
 * load reads a fraction of each row.
 */
const TARGETING_SELECT = {
  channels: true,
  clinical: true,
  conditions: true,
  createdAt: true,
  medicalReviewedAt: true,
  segments: true,
  slug: true,
  stages: true,
  summary: true,
  title: true,
  translationComplete: true,
  updatedAt: true,
  variants: { segments: true, summary: true, title: true },
} as const
export const DELIVERY_SELECT: Record<ContentType, Record<string, unknown>> = {
  articles: { ...TARGETING_SELECT, readingTimeMinutes: true },
  events: {
    ...TARGETING_SELECT,
    attendance: true,
    capacity: true,
    endsAt: true,
    kind: true,
    location: true,
    registrationUrl: true,
    startsAt: true,
    status: true,
    timeZone: true,
    virtualUrl: true,
  },
  pamphlets: { ...TARGETING_SELECT, pdf: true },
  videos: { ...TARGETING_SELECT, durationSeconds: true, source: true, url: true },
}
// Meta fields, social images, old slugs (redirects), transcripts and captions for JSON-LD.
for (const type of CONTENT_TYPES) Object.assign(DELIVERY_SELECT[type], SEO_SELECT[type])
/** What the store reads of each document: what delivery serves plus the text search indexes. */
const STORE_SELECT = Object.fromEntries(CONTENT_TYPES.map((type) => [type, { ...DELIVERY_SELECT[type], ...SEARCH_SELECT }])) as unknown as Record<ContentType, Record<string, unknown>>
/** How stale an instance may be: every delivery request syncs from the change log at most this often. */
export const SYNC_INTERVAL_MS = 1000
export const MAX_SYNC_WAIT_MS = 2000
/** Events are re-read this far back so commits that finish out of order are never missed. */
const OVERLAP_MS = 5000
const TOMBSTONE_DAYS = 30
/** Up to this many changes in one sync, cached answers are invalidated one change at a time (see ResponseCache). */
const TARGETED_INVALIDATION_LIMIT = 50

/**
 * Published content in memory, per Payload instance. Delivery queries read only this; it follows the
 * database through the `content-events` change log, so every instance on one database serves a
 * publish or unpublish within about a second, whichever instance the editor used.
 */
export class DeliveryStore {
  readonly cache = new ResponseCache<unknown>()
  /** Benchmarks switch the response cache off to measure uncached queries. */
  cacheEnabled = true
  /** How long a delivery request waits for a sync before answering from the loaded index (see `fresh`). */
  maxSyncWaitMs = MAX_SYNC_WAIT_MS
  private readonly extras = new Map<string, Record<string, unknown>>()
  /** SEO data and old slugs of the published items (src/seo). */
  readonly seo = new SeoIndex()
  private readonly seenEvents = new Map<string, number>()
  private eventCursor = 0
  private lastSync = 0
  /** The last sync failed (database down or unreachable): requests answer from memory without waiting for the next. */
  private lastSyncFailed = false
  /** When syncs started failing because the database is unreachable (0: it is reachable). */
  private unreachableSince = 0
  private syncing: Promise<void> | null = null
  private syncStartedAt = 0
  private taxonomyStamp = ''
  private taxonomy: TaxonomyLookup = { conditionSlug: new Map(), segmentSlug: new Map() }
  private guidelinesStamp = ''
  availability: Omit<AvailabilityOptions, 'now'> = { maxReviewAgeMonths: DEFAULT_MAX_REVIEW_AGE_MONTHS, withholdLapsedReviews: true }
  index = new DeliveryIndex()
  /** Published programs, synced through the same change log (src/programs/delivery). */
  readonly programs = new ProgramStore()
  /** Full-text search over the same items, updated with the index (src/search). */
  search = new SearchIndex()
  private vocabulary = searchVocabulary([])
  /** Told what each applied change replaced (the edge purger turns it into CDN purge keys). */
  readonly changeListeners = new Set<(change: StoreChange) => void>()

  constructor(private readonly payload: Payload) {}

  /** Condition and segment slugs by id, as the items and programs in memory use them. */
  get taxonomyLookup(): TaxonomyLookup {
    return this.taxonomy
  }

  /** The published item with this slug, if any. */
  bySlug(type: ContentType, slug: string): DeliveryItem | undefined {
    return this.index.bySlug(type, slug)
  }

  /** A document that is not in the index (a draft being previewed) mapped as delivery maps published ones. */
  mapDocument(type: ContentType, doc: AllLocalesDocument) {
    return { extras: deliveryExtras(type, doc), item: toDeliveryItem(type, doc, this.taxonomy), seo: itemSeoFrom(type, doc) }
  }

  extrasFor(type: ContentType, id: string): Record<string, unknown> {
    return this.extras.get(`${type}/${id}`) ?? {}
  }

  /** Full load: taxonomy, guidelines, every published item, recent tombstones. */
  async load(): Promise<void> {
    const started = Date.now()
    await this.loadTaxonomy()
    await this.loadGuidelines()
    const index = new DeliveryIndex(this.conditionNodes)
    const search = new SearchIndex(this.vocabulary)
    const items: DeliveryItem[] = []
    const published: Where = { _status: { equals: 'published' } }
    for (const type of CONTENT_TYPES) {
      // Keyset pages (id > last id) with no count query: each page costs the same however deep the library is.
      for (let after: number | string | undefined; ; ) {
        const { docs } = await this.payload.find({
          collection: type,
          depth: 0,
          draft: false,
          limit: PAGE,
          locale: 'all',
          overrideAccess: true,
          pagination: false,
          select: STORE_SELECT[type] as never,
          sort: 'id',
          where: after === undefined ? published : { and: [published, { id: { greater_than: after } }] },
        })
        for (const doc of docs as unknown as AllLocalesDocument[]) items.push(this.keep(type, doc, search))
        if (docs.length < PAGE) break
        after = (docs[docs.length - 1] as { id: number | string }).id
      }
    }
    index.upsertMany(items)
    // Tombstones survive restarts: they are rebuilt from the change log.
    const since = new Date(Date.now() - TOMBSTONE_DAYS * 86_400_000).toISOString()
    const removals = await this.eventsWhere({ and: [{ at: { greater_than: since } }, { action: { in: ['unpublished', 'deleted'] } }, { type: { in: [...CONTENT_TYPES] } }] })
    for (const event of removals as Array<ContentEvent & { type: ContentType }>) {
      if (index.get(event.type, event.docId)) continue // published again since
      index.upsert(placeholder(event))
      index.remove(event.type, event.docId, event.action as RemovalReason, new Date(event.at))
    }
    // A new index starts its own version count: answers cached from the old one must not pass for current.
    this.cache.clear()
    index.onItemChange = (change, version) => {
      if (this.cacheEnabled) this.cache.itemChanged(change, version)
      this.programs.changed(change)
    }
    const reloaded = this.index.size > 0 || this.index.version > 0
    this.index = index
    await this.programs.load(this.payload, this.taxonomy)
    this.search = search
    this.eventCursor = started
    this.lastSync = Date.now()
    if (reloaded) this.tell({ everything: true })
  }

  /** Applies changes logged since the last sync (by any instance). Cheap when nothing changed. */
  sync(): Promise<void> {
    if (!this.syncing) {
      this.syncStartedAt = Date.now()
      this.syncing = this.runSync()
        .then(() => {
          if (this.unreachableSince) {
            this.payload.logger.warn(`Delivery sync works again after ${((Date.now() - this.unreachableSince) / 1000).toFixed(0)} s without the database`)
          }
          this.lastSyncFailed = false
          this.unreachableSince = 0
        })
        .catch((error: unknown) => {
          // Retried by a request after SYNC_INTERVAL_MS, not by every request: one attempt a second.
          this.lastSync = Date.now()
          this.lastSyncFailed = true
          if (!isDatabaseUnavailable(error)) {
            this.payload.logger.warn({ err: error, msg: 'Delivery sync failed; serving the content already loaded' })
          } else if (!this.unreachableSince) {
            // An outage is logged once when it starts and once when it ends, not every second.
            this.unreachableSince = Date.now()
            this.payload.logger.warn(`Delivery sync failed: the database is unreachable (${rootMessage(error)}); serving the content already loaded until it is back`)
          }
          throw error
        })
        .finally(() => {
          this.syncing = null
        })
    }
    return this.syncing
  }

  /**
   * Syncs when the last sync is older than SYNC_INTERVAL_MS; delivery requests call this. A request waits for the
   * sync at most `maxSyncWaitMs`, then answers from the index it has while the sync goes on: a full reload after a
   * renamed condition or segment slug (about 25 s for 100,000 items on SQLite) or a database that is slow or down
   * must not stall delivery. A failed sync is logged and retried by the next request; until one succeeds, requests
   * do not wait for the retry (a database that is down would otherwise cost each of them up to a connect timeout).
   */
  async fresh(): Promise<this> {
    if (Date.now() - this.lastSync < SYNC_INTERVAL_MS) return this
    if (this.lastSyncFailed) {
      this.sync().catch(() => {}) // logged by sync()
      return this
    }
    // Requests arriving during a long sync do not wait again: the wait is counted from the sync's start.
    const budget = this.maxSyncWaitMs - (this.syncing ? Date.now() - this.syncStartedAt : 0)
    if (budget <= 0) return this
    const synced = this.sync().catch(() => {}) // logged by sync()
    let timer: NodeJS.Timeout | undefined
    const waited = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, budget)
    })
    await Promise.race([synced, waited])
    clearTimeout(timer)
    return this
  }

  private async runSync() {
    const startedAt = Date.now()
    if (await this.guidelinesChanged()) {
      // Availability (lapsed reviews) is applied at query time: new settings need no reload, only fresh answers.
      await this.loadGuidelines()
      this.cache.clear()
      this.tell({ everything: true })
    }
    const taxonomyStamp = await this.taxonomyChange()
    if (taxonomyStamp !== null) {
      const before = this.taxonomy
      await this.loadTaxonomy(taxonomyStamp)
      if (!keepsSlugs(before, this.taxonomy)) {
        // Items hold condition and segment slugs: a renamed (or removed) one means mapping every item again.
        await this.load()
        return
      }
      // New conditions or segments, new codes, parents or names: the items stay as they are.
      this.index.replaceConditions(this.conditionNodes)
      this.search.vocabulary = this.vocabulary
      this.tell({ everything: true }) // answers are tagged with condition relatives and codes
    }
    const events = await this.eventsWhere({ at: { greater_than: new Date(this.eventCursor - OVERLAP_MS).toISOString() } })
    const touched = new Map<string, ContentEvent>()
    for (const event of events) {
      const id = String(event.id)
      if (this.seenEvents.has(id)) continue
      this.seenEvents.set(id, startedAt)
      touched.set(`${event.type}/${event.docId}`, event)
    }
    // Each change is checked against every cached answer; past a bulk edit's worth, starting afresh is cheaper.
    if (touched.size > TARGETED_INVALIDATION_LIMIT) this.cache.clear()
    for (const event of touched.values()) {
      if (isContentType(event.type)) await this.refresh(event.type, event.docId, event)
      else await this.programs.refresh(this.payload, event.docId, this.taxonomy)
    }
    // Ended events leave the index with an 'expired' tombstone, so feeds tell automation to stop.
    this.index.expireEnded(new Date())
    for (const [id, seenAt] of this.seenEvents) if (seenAt < startedAt - 4 * OVERLAP_MS) this.seenEvents.delete(id)
    this.eventCursor = startedAt
    this.lastSync = Date.now()
  }

  /** Logged content events matching `where`, oldest first. */
  private async eventsWhere(where: Where): Promise<ContentEvent[]> {
    const { docs } = await this.payload.find({ collection: 'content-events', depth: 0, limit: 0, overrideAccess: true, pagination: false, sort: 'at', where })
    return docs
  }

  /** Re-reads one document's live version and updates the index to match. */
  /** Maps a published document as delivery serves it and keeps what sits beside the index (search, extras, SEO). */
  private keep(type: ContentType, doc: AllLocalesDocument, search = this.search): DeliveryItem {
    const item = toDeliveryItem(type, doc, this.taxonomy)
    search.upsert(searchDocument(item, doc))
    this.extras.set(`${type}/${doc.id}`, deliveryExtras(type, doc))
    this.seo.set(type, String(doc.id), itemSeoFrom(type, doc))
    return item
  }

  private async refresh(type: ContentType, id: string, event: ContentEvent) {
    const doc = (await this.payload.findByID({
      collection: type,
      depth: 0,
      disableErrors: true,
      draft: false,
      id,
      locale: 'all',
      overrideAccess: true,
      select: { ...STORE_SELECT[type], _status: true } as never,
    })) as unknown as (AllLocalesDocument & { _status?: string | null }) | null
    const before = this.index.get(type, id)
    if (doc && doc._status === 'published') {
      // Search, extras and SEO first: the index's change listeners (cached answers, programs) read them.
      this.index.upsert(this.keep(type, doc))
    } else {
      this.index.remove(type, id, event.action === 'deleted' ? 'deleted' : 'unpublished', new Date(event.at))
      this.extras.delete(`${type}/${id}`)
      this.seo.delete(type, String(id))
      this.search.remove(type, id)
    }
    this.tell({ after: this.index.get(type, id), before, event })
  }

  private tell(change: StoreChange) {
    for (const listener of this.changeListeners) listener(change)
  }

  private conditionNodes: ReturnType<typeof toConditionNode>[] = []

  /**
   * Reads conditions and segments. The stamp is taken before the documents (or passed in by a caller that just took
   * it), so an edit that lands while they are read moves the stamp again and is picked up by the next sync.
   */
  private async loadTaxonomy(stamp?: string) {
    const taxonomyStamp = stamp ?? (await this.taxonomyStampNow())
    const [conditions, segments] = await Promise.all([
      // Every language: search knows conditions by their Spanish names and synonyms too.
      this.payload.find({ collection: 'conditions', depth: 0, limit: 0, locale: 'all', overrideAccess: true, pagination: false }),
      this.payload.find({ collection: 'segments', depth: 0, limit: 0, locale: 'en', overrideAccess: true, pagination: false }),
    ])
    const conditionSlug = new Map(conditions.docs.map((d) => [String(d.id), d.slug as string]))
    this.taxonomy = { conditionSlug, segmentSlug: new Map(segments.docs.map((d) => [String(d.id), d.slug as string])) }
    this.conditionNodes = conditions.docs.map((d) => toConditionNode(d, conditionSlug))
    this.vocabulary = searchVocabulary(conditions.docs)
    this.taxonomyStamp = taxonomyStamp
  }

  /** Count and newest change of conditions and segments: any edit, addition or deletion moves it. */
  private async taxonomyStampNow() {
    const parts = await Promise.all(
      (['conditions', 'segments'] as const).map(async (collection) => {
        const newest = await this.payload.find({ collection, depth: 0, limit: 1, overrideAccess: true, select: { updatedAt: true } as never, sort: '-updatedAt' })
        return `${newest.totalDocs}:${(newest.docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? ''}`
      }),
    )
    return parts.join('|')
  }

  /** The new stamp when conditions or segments changed since the last read, otherwise null. */
  private async taxonomyChange(): Promise<string | null> {
    const stamp = await this.taxonomyStampNow()
    return stamp === this.taxonomyStamp ? null : stamp
  }

  private async loadGuidelines() {
    const guidelines = (await this.payload.findGlobal({ depth: 0, overrideAccess: true, slug: 'brandGuidelines' })) as BrandGuideline
    this.availability = availabilityFromGuidelines(guidelines)
    this.guidelinesStamp = String(guidelines.updatedAt ?? '')
  }

  private async guidelinesChanged() {
    const guidelines = (await this.payload.findGlobal({ depth: 0, overrideAccess: true, slug: 'brandGuidelines', select: { updatedAt: true } as never })) as Pick<BrandGuideline, 'updatedAt'>
    return String(guidelines.updatedAt ?? '') !== this.guidelinesStamp
  }
}

/** What may be served under the brand guidelines' medical-review settings. */
export function availabilityFromGuidelines(guidelines: BrandGuideline): Omit<AvailabilityOptions, 'now'> {
  return {
    maxReviewAgeMonths: settingsFromGuidelines(guidelines).medicalReview.maxAgeMonths,
    rankLapsedLower: ranksLapsedReviewsLower(guidelines),
    withholdLapsedReviews: withholdsLapsedReviews(guidelines),
  }
}

/** The same, read now in the caller's transaction (write-side checks cannot wait for a sync). */
export async function currentAvailability(payload: Payload, req?: PayloadRequest): Promise<AvailabilityOptions> {
  const guidelines = (await payload.findGlobal({ depth: 0, overrideAccess: true, req, slug: 'brandGuidelines' })) as BrandGuideline
  return { ...availabilityFromGuidelines(guidelines), now: new Date() }
}
/** One applied content event (the item as served before and after it), or a full reload (`everything`). */
export type StoreChange = { after?: DeliveryItem; before?: DeliveryItem; event: ContentEvent; everything?: undefined } | { everything: true }

/** Whether every condition and segment known before still has the slug it had (additions are fine). */
function keepsSlugs(before: TaxonomyLookup, after: TaxonomyLookup): boolean {
  const kept = (old: Map<string, string>, now: Map<string, string>) => [...old].every(([id, slug]) => now.get(id) === slug)
  return kept(before.conditionSlug, after.conditionSlug) && kept(before.segmentSlug, after.segmentSlug)
}

/** Just enough of an item to turn a logged removal into a feed tombstone after a restart. */
const placeholder = (event: ContentEvent & { type: ContentType }): DeliveryItem => ({
  channels: ['web', 'portal', 'email', 'sms'],
  clinical: false,
  conditions: [],
  endsAt: null,
  eventStatus: null,
  id: String(event.docId),
  locales: {},
  medicalReviewedAt: null,
  publishedAt: null,
  segments: event.segments ?? [],
  slug: event.slug ?? '',
  stages: event.stages ?? [],
  type: event.type,
  updatedAt: event.at,
  variants: [],
})

const stores = new WeakMap<Payload, Promise<DeliveryStore>>()

/**
 * The store as it is, when it is already loaded, else null (its load starts in the background): for code running
 * inside a write's transaction, which must not wait for a load or a sync.
 */
export async function loadedDeliveryStore(payload: Payload): Promise<DeliveryStore | null> {
  const store = stores.get(payload)
  if (!store) {
    deliveryStore(payload).catch(() => {})
    return null
  }
  return Promise.race([store, Promise.resolve(null)])
}

/** The store of this Payload instance, loaded on first use. */
export function deliveryStore(payload: Payload): Promise<DeliveryStore> {
  let store = stores.get(payload)
  if (!store) {
    store = (async () => {
      const created = new DeliveryStore(payload)
      await created.load()
      return created
    })()
    store.catch(() => stores.delete(payload))
    stores.set(payload, store)
  }
  return store.then((s) => s.fresh())
}
