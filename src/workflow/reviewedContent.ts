import { createHash } from 'node:crypto'

import type { ContentType } from '../taxonomy/contentTypes'

/** What goes through review: the four content types, and programs (which send them). */
export type ReviewedType = ContentType | 'programs'

/**
 * The fields an approval covers: everything a patient reads, sees or follows, in every language,
 * plus `clinical` (it decides which review is required). A change to any of them after approval
 * sends the item back to review; every other field (targeting, channels, related items, event status
 * and capacity, slug) is metadata and changes without a new review. This is the one list in code.
 */
export const REVIEWED_FIELDS: Readonly<Record<ReviewedType, readonly string[]>> = {
  articles: ['title', 'summary', 'body', 'variants', 'citations', 'clinical', 'heroImage'],
  events: [
    'title',
    'summary',
    'body',
    'variants',
    'citations',
    'clinical',
    'kind',
    'startsAt',
    'endsAt',
    'timeZone',
    'attendance',
    'location',
    'virtualUrl',
    'registrationUrl',
  ],
  // A program's schedule is what patients receive: which content, on which day and channel, in which tracks.
  programs: ['name', 'summary', 'anchor', 'tracks'],
  pamphlets: ['title', 'summary', 'body', 'variants', 'citations', 'clinical', 'pdf', 'coverImage'],
  videos: ['title', 'summary', 'body', 'variants', 'citations', 'clinical', 'source', 'url', 'videoFile', 'durationSeconds', 'captions', 'transcript', 'thumbnail'],
}

/** Inside `variants`, the segments a rewrite is for are targeting, not text. */
const VARIANT_METADATA = new Set(['segments'])
/** Inside a type's reviewed fields, notes for the team that are never delivered (a program step's internal note). */
const TEAM_ONLY: Partial<Record<ReviewedType, ReadonlySet<string>>> = { programs: new Set(['note']) }
const NOTHING: ReadonlySet<string> = new Set()
/** Keys that identify rows and blocks for the editor, never content. */
const EDITOR_KEYS = new Set(['id', 'blockName', '_order', '_parentID', '_locale'])

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** Snippet text by snippet id, as patients read it inside items (all languages). */
export type ResolvedSnippets = ReadonlyMap<string, unknown>

const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0)

/** A reference (id or populated document) as its id. */
const refId = (value: Record<string, unknown>): string | undefined =>
  'id' in value && (typeof value.id === 'string' || typeof value.id === 'number') && ('createdAt' in value || 'updatedAt' in value) ? String(value.id) : undefined

function normalize(value: unknown, snippets: ResolvedSnippets, skip: ReadonlySet<string> = NOTHING): Json | undefined {
  if (isEmpty(value)) return undefined
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) {
    const items = value.map((v) => normalize(v, snippets, skip)).filter((v): v is Json => v !== undefined)
    return items.length ? items : undefined
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>
    // A populated reference counts as the id it was populated from (same type as at depth 0), so reading
    // the item at another depth does not look like a change.
    if (refId(record) !== undefined) return record.id as number | string
    const out: Record<string, Json> = {}
    for (const key of Object.keys(record).sort()) {
      if (EDITOR_KEYS.has(key) || skip.has(key)) continue
      let v = record[key]
      // A snippet block counts with the text it shows, so an approval covers the shared text too.
      if (key === 'snippet' && record.blockType === 'snippet' && v !== null && v !== undefined) {
        const id = typeof v === 'object' ? refId(v as Record<string, unknown>) : String(v)
        if (id !== undefined) v = { snippet: id, text: snippets.get(id) ?? null }
      }
      const n = normalize(v, snippets, skip)
      if (n !== undefined) out[key] = n
    }
    return Object.keys(out).length ? out : undefined
  }
  return undefined
}

/**
 * The reviewed part of a document read in all languages (`locale: 'all'`, depth 0), normalised so
 * that saving the same text twice gives the same value: empty values dropped, keys sorted, row ids and
 * populated references reduced, snippet blocks replaced by their text.
 */
export function reviewedContent(type: ReviewedType, doc: Record<string, unknown>, snippets: ResolvedSnippets = new Map()): Json {
  const out: Record<string, Json> = {}
  for (const field of REVIEWED_FIELDS[type]) {
    let value = doc[field]
    if (field === 'clinical') value = value !== false // unset means clinical, as the gate reads it
    if (field === 'variants' && Array.isArray(value)) {
      value = value.map((row) =>
        row && typeof row === 'object' ? Object.fromEntries(Object.entries(row).filter(([k]) => !VARIANT_METADATA.has(k))) : row,
      )
    }
    const n = normalize(value, snippets, TEAM_ONLY[type] ?? NOTHING)
    if (n !== undefined) out[field] = n
  }
  return out
}

/** Whether an item needs a medical sign-off: types without a clinical flag (programs) never do; unset means clinical. */
export const isClinical = (type: ReviewedType, doc: { clinical?: unknown }): boolean => REVIEWED_FIELDS[type].includes('clinical') && doc.clinical !== false

/** SHA-256 of the reviewed content: what an approval records and what publishing compares. */
export function contentHash(content: Json): string {
  return createHash('sha256').update(JSON.stringify(content)).digest('hex')
}

/** Ids of snippets referenced by snippet blocks anywhere in the reviewed fields. */
export function snippetIdsIn(type: ReviewedType, doc: Record<string, unknown>): string[] {
  const ids = new Set<string>()
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit)
    if (!value || typeof value !== 'object') return
    const record = value as Record<string, unknown>
    if (record.blockType === 'snippet' && record.snippet !== null && record.snippet !== undefined) {
      const id = typeof record.snippet === 'object' ? (record.snippet as { id?: unknown }).id : record.snippet
      if (typeof id === 'string' || typeof id === 'number') ids.add(String(id))
    }
    Object.values(record).forEach(visit)
  }
  for (const field of REVIEWED_FIELDS[type]) visit(doc[field])
  return [...ids]
}
