/**
 * What a delivery answer used, noted by each query while it runs: the items it served, the dimensions it asked for,
 * and (when the query knows better than the tags) exactly which item changes can alter it. The edge cache files the
 * serialised answer under these notes; a query that notes nothing makes its answer uncacheable, so a new delivery
 * query is safe before it registers and cached once it calls `noteAnswer`.
 */
import type { ItemChange } from '../../personalization/deliveryIndex'
import type { AffectedBy } from '../../personalization/responseCache'
import { itemTag, purgeKeys, purgeReaches } from './surrogateKeys'

export interface AnswerNote {
  /** Items served, as `{ type, id }`. */
  items?: ReadonlyArray<{ id: string; type: string }>
  /** Dimension tags (see surrogateKeys). */
  tags?: readonly string[]
  /** Exact invalidation for this part; without it, a change alters the part when its purge keys reach the tags. */
  affectedBy?: AffectedBy
  /** This part changes with anything (a feed with tombstones): never kept across a change. */
  volatile?: boolean
  /** This part must not be cached at all (a draft, a preview token, a private scope the key cannot capture). */
  uncacheable?: boolean
}

export class AnswerNotes {
  readonly tags = new Set<string>()
  private readonly parts: AnswerNote[] = []

  add(note: AnswerNote) {
    this.parts.push(note)
    for (const item of note.items ?? []) this.tags.add(itemTag(item.type, item.id))
    for (const tag of note.tags ?? []) this.tags.add(tag)
  }

  /** Cacheable when at least one query noted what it used and none refused. */
  get cacheable(): boolean {
    return this.parts.length > 0 && this.parts.every((part) => !part.uncacheable)
  }

  /** Whether one item change can alter the answer; undefined when any change can (see ResponseCache). */
  affectedBy(): AffectedBy | undefined {
    if (this.parts.some((part) => part.volatile)) return undefined
    const checks = this.parts.map((part) => {
      if (part.affectedBy) return part.affectedBy
      const tags = new Set([...(part.items ?? []).map((item) => itemTag(item.type, item.id)), ...(part.tags ?? [])])
      return (change: ItemChange) => purgeReaches(purgeKeys(itemFactsOf(change)), tags)
    })
    return (change) => checks.some((check) => check(change))
  }
}

/** The changed item as purge keys see it; a removed item is known by its key alone (it can only leave answers). */
function itemFactsOf({ entry, key }: ItemChange) {
  if (entry) return entry.item
  const [type = '', ...id] = key.split('/')
  return { id: id.join('/'), segments: ['-'], type } // segments: ['-'] keeps a removal from purging `g:*`
}

const notesByRequest = new WeakMap<object, AnswerNotes>()

/** Starts collecting for one request object (the fast path's plain request). */
export function collectNotes(req: object): AnswerNotes {
  const notes = new AnswerNotes()
  notesByRequest.set(req, notes)
  return notes
}

/** Called by delivery queries; a no-op for requests nobody collects for (Payload's own /api/graphql). */
export function noteAnswer(req: object, note: AnswerNote): void {
  notesByRequest.get(req)?.add(note)
}
