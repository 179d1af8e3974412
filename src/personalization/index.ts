/** Delivery of published content from memory: the index, availability, ranking queries, feed and response cache. */
export * from './types'
export { DeliveryInputError } from './errors'
export { ConditionGraph, formatCode, type CodeMatch } from './conditionGraph'
export {
  DeliveryIndex,
  EVERYONE,
  itemKey,
  type DeliveryIndexOptions,
  type IndexedEntry,
  type ItemChange,
  type PostingDimension,
  type TombstoneRecord,
} from './deliveryIndex'
export { hasEnded, hasLapsedReview, isServable, isServableEntry } from './availability'
export { recencyScore } from './ranking'
export { serveText } from './servedText'
export {
  personalizedContent,
  rankPersonalized,
  CONDITION_SCORES,
  LOCALE_COMPLETE_SCORE,
  SEGMENT_SCORE,
  STAGE_SCORE,
  type MatchReason,
  type PersonalizedAnswer,
  type PersonalizedContentOptions,
  type PersonalizedResult,
} from './personalizedContent'
export { contentForCodes, type Audience, type CodeContentResult, type CodeMatchHow, type ContentForCodesOptions } from './contentForCodes'
export {
  contentFeed,
  decodeFeedCursor,
  encodeFeedCursor,
  type ContentFeedOptions,
  type ContentFeedPage,
  type FeedItem,
  type FeedTombstone,
} from './contentFeed'
export { ResponseCache, responseCacheKey, type AffectedBy, type ResponseCacheOptions } from './responseCache'
