/**
 * Patients' words for conditions: names and plain-language synonyms in every language, and ICD-10-CM codes, from the
 * `conditions` collection. Recognizes them in a query ("high blood pressure", "presion alta", "hypertenson", "E11",
 * "hyperten…" while typing) and proposes corrections. Pure.
 */
import type { Locale } from '../taxonomy/locales'
import { editDistance, queryTerms, typoAllowance } from './text'

export interface SearchCondition {
  slug: string
  parent: string | null
  names: Partial<Record<Locale, string>>
  synonyms: Partial<Record<Locale, string[]>>
  icd10: string[]
}

export type RecognizedVia = 'name' | 'synonym' | 'code'

/** A condition the query names: how (name, synonym or code) and the words or code that named it. */
export interface RecognizedCondition {
  condition: string
  via: RecognizedVia
  /** The vocabulary's phrase ("high blood pressure") or code ("E11.9") that matched. */
  value: string
  /** False when a typo or an unfinished word (typeahead) was forgiven. */
  exact: boolean
}

interface Phrase {
  condition: string
  via: 'name' | 'synonym'
  display: string
  terms: string[]
}

const ICD10_SHAPE = /^[a-z]\d[0-9a-z](?:\.?[0-9a-z]{1,4})?$/
const compactCode = (code: string) => code.replace('.', '').toUpperCase()

/** How well a query term matches a vocabulary term: 0 exact, 1–2 typos, 0.5 an unfinished word; undefined when not. */
function termMatch(query: string, term: string, prefix: boolean): number | undefined {
  if (query === term) return 0
  if (prefix && query.length >= 2 && term.startsWith(query)) return 0.5
  const allowed = typoAllowance(term.length < query.length ? term : query)
  if (allowed === 0) return undefined
  const distance = editDistance(query, term, allowed)
  return distance <= allowed ? distance : undefined
}

export class ConditionVocabulary {
  private readonly phrases: Phrase[] = []
  /** Each folded word → the phrases that contain it. */
  private readonly byTerm = new Map<string, Phrase[]>()
  /** Folded word → how it is written (with accents), for suggestions. */
  private readonly written = new Map<string, string>()
  private readonly conditions = new Map<string, SearchCondition>()
  private readonly children = new Map<string, string[]>()

  constructor(conditions: readonly SearchCondition[] = []) {
    for (const condition of conditions) {
      this.conditions.set(condition.slug, condition)
      if (condition.parent) this.children.set(condition.parent, [...(this.children.get(condition.parent) ?? []), condition.slug])
      const add = (display: string, via: Phrase['via']) => {
        const terms = queryTerms(display)
        if (terms.length === 0) return
        const phrase: Phrase = { condition: condition.slug, display, terms, via }
        this.phrases.push(phrase)
        for (const term of new Set(terms)) this.byTerm.set(term, [...(this.byTerm.get(term) ?? []), phrase])
        display.split(/\s+/).forEach((word) => {
          const [term] = queryTerms(word)
          if (term && !this.written.has(term)) this.written.set(term, word.replace(/[^\p{L}\p{N}.-]/gu, '').toLowerCase())
        })
      }
      for (const name of Object.values(condition.names)) if (name) add(name, 'name')
      for (const list of Object.values(condition.synonyms)) for (const synonym of list ?? []) add(synonym, 'synonym')
      add(condition.slug.replace(/-/g, ' '), 'name')
    }
  }

  get size(): number {
    return this.conditions.size
  }

  condition(slug: string): SearchCondition | undefined {
    return this.conditions.get(slug)
  }

  /** The condition's name in `locale`, or in the other language. */
  nameOf(slug: string, locale: Locale): string {
    const condition = this.conditions.get(slug)
    return condition?.names[locale] ?? Object.values(condition?.names ?? {}).find(Boolean) ?? slug
  }

  /** The condition and every condition below it. */
  withNarrower(slug: string): string[] {
    const found = [slug]
    for (let i = 0; i < found.length; i++) for (const child of this.children.get(found[i]!) ?? []) if (!found.includes(child)) found.push(child)
    return found
  }

  /** The folded words of a condition's names and synonyms in every language (for highlighting). */
  termsOf(slug: string): string[] {
    return this.phrases.filter((p) => p.condition === slug).flatMap((p) => p.terms)
  }

  /**
   * The conditions a query names: a name or synonym whose words all appear in the query in order (each word may
   * carry a typo; with `prefix`, the query's last word may be unfinished), or an ICD-10-CM code (the same code, a
   * broader one such as "E11" for E11.9, or a narrower one such as "E11.65" for E11). One entry per condition, the
   * closest match first.
   */
  recognize(query: string, { prefix = false }: { prefix?: boolean } = {}): RecognizedCondition[] {
    const terms = queryTerms(query)
    type Found = RecognizedCondition & { cost: number; start: number; end: number }
    const best = new Map<string, Found>()
    const offer = (found: Found) => {
      const known = best.get(found.condition)
      if (!known || found.cost < known.cost || (found.cost === known.cost && found.via === 'name' && known.via !== 'name')) best.set(found.condition, found)
    }
    // Each query word → the vocabulary words it matches, with the cost of the match.
    const matches = terms.map((term, i) => {
      const allowPrefix = prefix && i === terms.length - 1
      const found = new Map<string, number>()
      for (const candidate of this.byTerm.keys()) {
        const cost = termMatch(term, candidate, allowPrefix)
        if (cost !== undefined) found.set(candidate, cost)
      }
      return found
    })
    const candidates = new Set<Phrase>()
    for (const found of matches) for (const term of found.keys()) for (const phrase of this.byTerm.get(term) ?? []) candidates.add(phrase)
    for (const phrase of candidates) {
      for (let start = 0; start + phrase.terms.length <= terms.length; start++) {
        let cost = 0
        const fits = phrase.terms.every((term, j) => {
          const c = matches[start + j]!.get(term)
          cost += c ?? 0
          return c !== undefined
        })
        if (fits) {
          offer({ condition: phrase.condition, cost, end: start + phrase.terms.length, exact: cost === 0, start, value: phrase.display, via: phrase.via })
          break
        }
      }
    }
    for (const [i, term] of terms.entries()) {
      if (!ICD10_SHAPE.test(term)) continue
      const asked = compactCode(term)
      for (const condition of this.conditions.values()) {
        const code = condition.icd10.find((c) => compactCode(c).startsWith(asked) || asked.startsWith(compactCode(c)))
        if (code) offer({ condition: condition.slug, cost: compactCode(code) === asked ? 0 : 0.25, end: i + 1, exact: true, start: i, value: code, via: 'code' })
      }
    }
    // The longest phrase wins: "postpartum depression" names postpartum depression, not depression as well.
    const found = [...best.values()]
    const inside = (a: Found, b: Found) => b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start
    return found
      .filter((a) => !found.some((b) => inside(a, b)))
      .sort((a, b) => a.cost - b.cost || a.condition.localeCompare(b.condition)).map(({ cost: _, end: __, start: ___, ...recognized }) => recognized)
  }

  /** The closest vocabulary word to `term` (as written), within a few edits; undefined when none is close. */
  closest(term: string): { word: string; distance: number } | undefined {
    const max = Math.max(2, Math.floor(term.length / 3))
    let found: { word: string; distance: number } | undefined
    for (const [candidate, word] of this.written) {
      const distance = editDistance(term, candidate, max)
      if (distance <= max && distance > 0 && (!found || distance < found.distance)) found = { distance, word }
    }
    return found
  }
}
