/**
 * The search query for both delivery endpoints and `GET /api/search`: who may see what (anonymous callers get the web
 * channel), argument checks (400s with a message; the query text is never logged or echoed), cached answers.
 */
import type { PayloadRequest } from 'payload'
import { APIError } from 'payload'

import { effectiveChannel } from '../../delivery/access'
import { deliveryStore, type DeliveryStore } from '../../delivery/store'
import { DeliveryInputError, responseCacheKey } from '../../personalization'
import type { Channel, ContentType, JourneyStage, Locale } from '../../personalization'
import { parseContentProfile } from '../../privacy/profile'
import { checkFirst, checkSearchText, decodeSearchCursor, rankSearch, searchPage, type SearchAnswer, type SearchArgs, type SearchHit, type UnderstoodCondition } from '../searchContent'
import { queryTerms } from '../text'

export interface SearchRequestArgs {
  query: string
  locale?: Locale | null
  stage?: JourneyStage | null
  segments?: string[] | null
  types?: ContentType[] | null
  channel?: Channel | null
  first?: number | null
  after?: string | null
  prefix?: boolean | null
  filter?: boolean | null
}

export interface SearchResults {
  hits: SearchHit[]
  total: number
  pageInfo: { endCursor: string | null; hasNextPage: boolean }
  understood: UnderstoodCondition[]
  didYouMean: string | null
  store: DeliveryStore
}

const as400 = (error: unknown): never => {
  if (error instanceof DeliveryInputError) throw new APIError(error.message, 400, null, true)
  throw error
}

export async function runSearch(req: PayloadRequest, args: SearchRequestArgs): Promise<SearchResults> {
  let query: string
  let first: number
  let offset: number
  try {
    query = checkSearchText(args.query)
    first = checkFirst(args.first)
    offset = decodeSearchCursor(args.after)
  } catch (error) {
    return as400(error)
  }
  // Stage, segments, channel and locale are a coarse profile: the same checks as personalizedContent.
  const parsed = parseContentProfile({
    ...(args.channel && { channel: args.channel }),
    ...(args.locale && { locale: args.locale }),
    ...(args.segments && { segments: args.segments }),
    ...(args.stage && { stage: args.stage }),
  })
  if (!parsed.ok) throw new APIError(`The search was refused: ${parsed.errors.join('; ')}`, 400, null, true)
  const { profile } = parsed
  const channel = effectiveChannel(req, profile.channel as Channel | undefined)
  const searchArgs: SearchArgs = {
    channel,
    filter: args.filter === true,
    locale: profile.locale ?? 'en',
    prefix: args.prefix === true,
    query,
    segments: profile.segments ?? [],
    stage: profile.stage,
    types: args.types ?? undefined,
  }
  const store = await deliveryStore(req.payload)
  // Queries that differ only in case, accents or stopwords share an answer; the key lives in memory for a minute at most.
  const key = responseCacheKey('search', channel ? { ...profile, channel } : profile, {
    filter: searchArgs.filter,
    prefix: searchArgs.prefix,
    terms: queryTerms(query).join(' '),
    types: args.types ? [...args.types].sort() : null,
  })
  let answer = store.cacheEnabled ? (store.cache.get(key, store.index.version) as SearchAnswer | undefined) : undefined
  if (!answer) {
    // Synchronous from reading the version to storing the answer: no index change can slip in between.
    const version = store.index.version
    try {
      answer = rankSearch(store.search, store.index, searchArgs, { ...store.availability, now: new Date() })
    } catch (error) {
      return as400(error)
    }
    // No `affectedBy`: any publish, edit or unpublish drops cached search answers (an edit can make any item match).
    if (store.cacheEnabled) store.cache.set(key, version, answer, new Date())
  }
  const page = searchPage(answer, store.search, searchArgs, { first, offset })
  return {
    didYouMean: answer.didYouMean,
    hits: page.hits,
    pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
    store,
    total: answer.total,
    understood: answer.understood,
  }
}
