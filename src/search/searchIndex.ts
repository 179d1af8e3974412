/**
 * Full-text search over the delivery index's items, embedded (MiniSearch, in this process). One search document per
 * item and language: title, summary, body text and segment variants' text. It also holds the condition vocabulary
 * (patients' words for conditions); condition tags themselves are read from the delivery index's postings at query
 * time. Pure: the delivery store feeds it plain text.
 */
import MiniSearch, { type SearchResult } from 'minisearch'

import type { ContentType } from '../taxonomy/contentTypes'
import type { Locale } from '../taxonomy/locales'
import { processTerm, queryTerms, tokenize, typoAllowance } from './text'
import { ConditionVocabulary } from './vocabulary'

/** The text of one item in one language. */
export interface SearchText {
  title: string
  summary: string | null
  body: string
  /** Segment variants' titles and summaries. */
  variants: string
}

export interface SearchDocumentInput {
  type: ContentType
  id: string
  locales: Partial<Record<Locale, SearchText>>
}

export type SearchField = 'title' | 'summary' | 'body' | 'variants'
export const SEARCH_FIELDS: readonly SearchField[] = ['title', 'summary', 'body', 'variants']

/** Title > summary > variants > body. */
export const FIELD_BOOST: Record<SearchField, number> = { body: 1, summary: 2, title: 4, variants: 1.5 }

/** Body text kept for snippets, per item and language (the whole body is indexed, not kept). */
export const BODY_EXCERPT_CHARS = 1200

export interface SearchMatch {
  type: ContentType
  id: string
  locale: Locale
  score: number
  /** Each document term that matched → the fields it is in (read `matchedFields` for the other way round). */
  terms: Record<string, string[]>
}

/** The document terms that matched, per field. */
export function matchedFields(terms: SearchMatch['terms']): Partial<Record<SearchField, string[]>> {
  const fields: Partial<Record<SearchField, string[]>> = {}
  for (const [term, where] of Object.entries(terms)) for (const field of where as SearchField[]) (fields[field] ??= []).push(term)
  return fields
}

export interface SearchRunOptions {
  prefix: boolean
  /** Keeps a search document (its item, in that language) or drops it. */
  accept: (type: ContentType, id: string, locale: Locale) => boolean
}

const docId = (type: ContentType, id: string, locale: Locale) => `${type}/${id}|${locale}`

interface Stored {
  type: ContentType
  itemId: string
  locale: Locale
}

export class SearchIndex {
  private readonly mini = new MiniSearch<Record<string, string> & Stored & { id: string }>({
    fields: [...SEARCH_FIELDS],
    processTerm: (term) => processTerm(term),
    storeFields: ['type', 'itemId', 'locale'],
    tokenize: (text) => tokenize(text),
  })
  /** Item key → languages indexed and their body excerpts. */
  private readonly excerpts = new Map<string, Partial<Record<Locale, string>>>()
  vocabulary: ConditionVocabulary

  constructor(vocabulary: ConditionVocabulary = new ConditionVocabulary()) {
    this.vocabulary = vocabulary
  }

  /** Items indexed. */
  get size(): number {
    return this.excerpts.size
  }

  /** Adds an item, or replaces what was indexed for it. */
  upsert(document: SearchDocumentInput): void {
    this.remove(document.type, document.id)
    const excerpts: Partial<Record<Locale, string>> = {}
    for (const [locale, text] of Object.entries(document.locales) as Array<[Locale, SearchText]>) {
      this.mini.add({
        body: text.body,
        id: docId(document.type, document.id, locale),
        itemId: document.id,
        locale,
        summary: text.summary ?? '',
        title: text.title,
        type: document.type,
        variants: text.variants,
      })
      // A copy, so the excerpt does not keep the whole body string alive.
      excerpts[locale] = text.body.length > BODY_EXCERPT_CHARS ? Buffer.from(text.body.slice(0, BODY_EXCERPT_CHARS)).toString() : text.body
    }
    this.excerpts.set(`${document.type}/${document.id}`, excerpts)
  }

  remove(type: ContentType, id: string): void {
    const excerpts = this.excerpts.get(`${type}/${id}`)
    if (!excerpts) return
    for (const locale of Object.keys(excerpts) as Locale[]) this.mini.discard(docId(type, id, locale))
    this.excerpts.delete(`${type}/${id}`)
  }

  /** The start of the item's body in `locale`, for snippets. */
  excerpt(type: ContentType, id: string, locale: Locale): string {
    return this.excerpts.get(`${type}/${id}`)?.[locale] ?? ''
  }

  /**
   * Every accepted search document holding any of the query's words, best first; a document holding only some of
   * them counts less (by the square of the share it holds: "blood pressure" is half as good as "high blood pressure"
   * was asked). Typos forgiven (one from 4 letters, two from 8); with `prefix`, the last word may be unfinished
   * (typeahead).
   */
  search(query: string, options: SearchRunOptions): SearchMatch[] {
    const terms = queryTerms(query)
    if (terms.length === 0) return []
    const filter = (result: SearchResult) => options.accept(result.type as ContentType, result.itemId as string, result.locale as Locale)
    const results = this.mini.search(query, {
        boost: FIELD_BOOST,
        combineWith: 'OR',
        filter,
        fuzzy: (term, i, all) => (options.prefix && i === all.length - 1 && term.length < 5 ? 0 : typoAllowance(term)),
        maxFuzzy: 2,
        prefix: (_term, i, all) => options.prefix && i === all.length - 1,
      })
    const asked = new Set(terms).size
    return results.map((result) => {
      const share = asked === 1 ? 1 : Math.min(1, new Set(result.queryTerms).size / asked)
      return { id: result.itemId as string, locale: result.locale as Locale, score: result.score * share * share, terms: result.match, type: result.type as ContentType }
    })
  }

  /**
   * A corrected query when nothing matched: each word replaced by the closest condition word or indexed word, or
   * undefined when no word is close to anything known.
   */
  suggest(query: string): string | undefined {
    let changed = false
    const words = query.trim().split(/\s+/).map((word) => {
      const [term] = queryTerms(word)
      if (!term) return word
      const fromVocabulary = this.vocabulary.closest(term)
      const fromIndex = this.mini.autoSuggest(term, { fuzzy: () => Math.max(2, Math.floor(term.length / 3)), prefix: false })[0]?.terms[0]
      const choice = fromVocabulary?.word ?? fromIndex
      if (!choice || choice === term) return word
      changed = true
      return choice
    })
    return changed ? words.join(' ') : undefined
  }
}
