import type { ContentType } from '../taxonomy/contentTypes'
import { EVERYONE } from './coverage'

export interface ListFilter {
  stage?: string
  /** A segment id, or `everyone` for items aimed at no segment. */
  segment?: string
  condition?: null | string
  locale?: null | string
  /** Only published items (the count in a cell); leave out to include drafts in progress. */
  publishedOnly?: boolean
}

/**
 * The admin list view of `type` filtered as a matrix cell is: Payload's `where[or][0][and][i]` query
 * string, the shape the list's Filters panel writes, so editors see (and can change) the filter.
 */
export function listViewUrl(adminRoute: string, type: ContentType, filter: ListFilter): string {
  const clauses: Array<[string, string, string]> = []
  if (filter.stage) clauses.push(['stages', 'in', filter.stage])
  if (filter.segment === EVERYONE) clauses.push(['segments', 'exists', 'false'])
  else if (filter.segment) clauses.push(['segments', 'in', filter.segment])
  if (filter.condition) clauses.push(['conditions', 'in', filter.condition])
  if (filter.publishedOnly) clauses.push(['_status', 'equals', 'published'])
  const params = clauses.map(([field, op, value], i) => `where[or][0][and][${i}][${field}][${op}]=${encodeURIComponent(value)}`)
  if (filter.locale) params.push(`locale=${encodeURIComponent(filter.locale)}`)
  const base = `${adminRoute.replace(/\/$/, '')}/collections/${type}`
  return params.length ? `${base}?${params.join('&')}` : base
}
