import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { contentFeed, type ContentFeedPage } from '../personalization'
import { contentForCodes, type Audience, type CodeContentResult } from '../personalization'
import { DeliveryInputError } from '../personalization'
import { rankPersonalized, type PersonalizedAnswer, type PersonalizedResult } from '../personalization'
import { responseCacheKey } from '../personalization'
import { isServable } from '../personalization'
import { serveText } from '../personalization'
import type { ContentType, DeliveryItem, JourneyStage, Locale, ServedText } from '../personalization'
import { parseContentProfile, type ContentProfile } from '../privacy/profile'
import type { Channel } from '../taxonomy/channels'
import { effectiveChannel, requireAuthenticated } from './access'
import { noteAnswer } from './edge/answerNotes'
import { codeConditionTags, localeTag, profileTags, slugTag } from './edge/surrogateKeys'
import { deliveryStore, type DeliveryStore } from './store'

/** Input problems become 400s whose message a person understands; nothing of the input is logged. */
function inputErrorAs400(error: unknown): never {
  if (error instanceof DeliveryInputError) throw new APIError(error.message, 400, null, true)
  throw error
}

async function guarded<T>(run: () => Promise<T> | T): Promise<T> {
  try {
    return await run()
  } catch (error) {
    return inputErrorAs400(error)
  }
}

function profileOrError(input: unknown): ContentProfile {
  const parsed = parseContentProfile(input ?? {})
  if (!parsed.ok) throw new APIError(`The profile was refused: ${parsed.errors.join('; ')}`, 400, null, true)
  return parsed.profile
}

export interface Delivered<R> {
  results: R
  store: DeliveryStore
}

export async function runPersonalizedContent(
  req: PayloadRequest,
  args: { limit?: number; profile: unknown; types?: ContentType[] | null },
): Promise<Delivered<PersonalizedResult[]>> {
  const profile = profileOrError(args.profile)
  const channel = effectiveChannel(req, profile.channel as Channel | undefined)
  const scoped: ContentProfile = channel ? { ...profile, channel } : profile
  const store = await deliveryStore(req.payload)
  const key = responseCacheKey('personalizedContent', scoped, { limit: args.limit ?? 10, types: args.types ?? null })
  const cached = store.cacheEnabled ? (store.cache.get(key, store.index.version) as PersonalizedResult[] | undefined) : undefined
  const note = (results: PersonalizedResult[], affectedBy?: PersonalizedAnswer['affectedBy']) =>
    noteAnswer(req, { affectedBy, items: results.map((r) => r.item), tags: profileTags(store.index.conditions, scoped) })
  if (cached) {
    note(cached)
    return { results: cached, store }
  }
  // Synchronous from reading the version to storing the answer: no index change can slip in between.
  const version = store.index.version
  let answer: PersonalizedAnswer
  try {
    answer = rankPersonalized(store.index, scoped, { ...store.availability, limit: args.limit ?? 10, now: new Date(), types: args.types ?? undefined })
  } catch (error) {
    return inputErrorAs400(error)
  }
  const { affectedBy, results } = answer
  if (store.cacheEnabled) store.cache.set(key, version, results, new Date(), affectedBy)
  note(results, affectedBy)
  return { results, store }
}

export async function runContentForCodes(
  req: PayloadRequest,
  args: { audience?: Audience | null; codes: Array<{ code: string; system: string }>; limit?: number | null; locale?: Locale | null },
): Promise<Delivered<CodeContentResult[]>> {
  const channel = effectiveChannel(req, undefined)
  const store = await deliveryStore(req.payload)
  const results = await guarded(() =>
    contentForCodes(store.index, args.codes, {
      ...store.availability,
      audience: args.audience ?? 'PATIENT',
      channel,
      limit: args.limit ?? 10,
      locale: args.locale ?? 'en',
      now: new Date(),
    }),
  )
  noteAnswer(req, { items: results.map((r) => r.item), tags: [...codeConditionTags(store.index.conditions, args.codes), localeTag(args.locale ?? 'en')] })
  return { results, store }
}

export async function runContentFeed(
  req: PayloadRequest,
  args: {
    after?: string | null
    channel?: Channel | null
    first?: number | null
    locale?: Locale | null
    segment?: string | null
    stage: JourneyStage
    types?: ContentType[] | null
    updatedSince?: string | null
  },
): Promise<Delivered<ContentFeedPage>> {
  requireAuthenticated(req, 'The content feed')
  const segmentCheck = parseContentProfile(args.segment ? { segments: [args.segment] } : {})
  if (!segmentCheck.ok) throw new APIError(`The feed request was refused: ${segmentCheck.errors.join('; ')}`, 400, null, true)
  const store = await deliveryStore(req.payload)
  const results = await guarded(() =>
    contentFeed(store.index, {
      ...store.availability,
      after: args.after ?? undefined,
      channel: args.channel ?? undefined,
      first: args.first ?? 50,
      locale: args.locale ?? 'en',
      now: new Date(),
      segment: args.segment ?? undefined,
      stage: args.stage,
      types: args.types ?? undefined,
      updatedSince: args.updatedSince ?? undefined,
    }),
  )
  // Any change can add an item or a tombstone to a feed page.
  noteAnswer(req, { items: results.items.map((r) => r.item), volatile: true })
  return { results, store }
}

export async function runDeliveredItem(
  req: PayloadRequest,
  args: { locale?: Locale | null; segments?: string[] | null; slug: string; type: ContentType },
): Promise<{ item: DeliveryItem; served: ServedText; store: DeliveryStore } | null> {
  const profile = profileOrError({ locale: args.locale ?? undefined, segments: args.segments ?? undefined })
  const channel = effectiveChannel(req, undefined)
  const store = await deliveryStore(req.payload)
  const item = store.bySlug(args.type, args.slug)
  noteAnswer(req, { items: item ? [item] : [], tags: [slugTag(args.type, args.slug), localeTag(profile.locale ?? 'en')] })
  if (!item || !isServable(item, { ...store.availability, now: new Date() })) return null
  if (channel && !item.channels.includes(channel)) return null
  const served = serveText(item, profile.locale ?? 'en', profile.segments ?? [])
  return served ? { item, served, store } : null
}
