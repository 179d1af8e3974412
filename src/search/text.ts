/**
 * How search reads text: words and ICD-10-CM codes as tokens, compared lower case with accents on vowels optional
 * ("presion" finds "presión"; ñ stays a letter of its own, as in the brand rules), and highlights built from escaped
 * text. Pure.
 */
import { foldWord } from '../brand/phrases'

/** An ICD-10-CM code as people type it ("E11.9", "e11", "O24.419"), kept whole; otherwise runs of letters and digits. */
const TOKEN = /[A-Za-z]\d[0-9A-Za-z](?:\.[0-9A-Za-z]{1,4})?(?![\p{L}\p{N}])|[\p{L}\p{N}\p{M}]+/gu

/** Words too common to tell items apart, in both languages. */
const STOPWORDS = new Set(
  [
    'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'how', 'i', 'in', 'is', 'it', 'me', 'my', 'of', 'on', 'or',
    'the', 'to', 'what', 'when', 'with', 'you', 'your',
    'al', 'con', 'de', 'del', 'el', 'en', 'es', 'la', 'las', 'lo', 'los', 'mi', 'o', 'para', 'por', 'que', 'se', 'su', 'sus',
    'un', 'una', 'y',
  ].map(foldWord),
)

export interface Token {
  /** As written. */
  text: string
  /** Folded: lower case, vowel accents dropped. */
  term: string
  start: number
  end: number
}

/** Every word and code in `text`, with its place (for highlighting). */
export function tokens(text: string): Token[] {
  const found: Token[] = []
  const normalized = text.normalize('NFC')
  for (const match of normalized.matchAll(TOKEN)) {
    found.push({ end: match.index + match[0].length, start: match.index, term: fold(match[0]), text: match[0] })
  }
  return found
}

/** MiniSearch's tokenizer: the words and codes of a text, as written. */
export const tokenize = (text: string): string[] => text.normalize('NFC').match(TOKEN) ?? []

// Folding is the costly part of indexing and highlighting; a library repeats a few thousand words millions of times.
const FOLDED_CACHE_LIMIT = 50_000
const folded = new Map<string, string>()

function fold(word: string): string {
  let term = folded.get(word)
  if (term === undefined) {
    term = foldWord(word)
    if (folded.size >= FOLDED_CACHE_LIMIT) folded.clear()
    folded.set(word, term)
  }
  return term
}

/** MiniSearch's term processing: folded, stopwords dropped. */
export function processTerm(word: string): string | null {
  const term = fold(word)
  return STOPWORDS.has(term) ? null : term
}

/** The search terms of a query (folded, no stopwords). */
export const queryTerms = (query: string): string[] => tokenize(query).flatMap((word) => processTerm(word) ?? [])

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

/** `text` escaped for HTML, with the words whose folded form is in `terms` wrapped in `<mark>`. */
export function highlight(text: string, terms: ReadonlySet<string>): string {
  let html = ''
  let at = 0
  for (const token of tokens(text)) {
    if (!terms.has(token.term)) continue
    html += `${escapeHtml(text.slice(at, token.start))}<mark>${escapeHtml(token.text)}</mark>`
    at = token.end
  }
  return html + escapeHtml(text.slice(at))
}

/** Whether any word of `text` is one of `terms`. */
export const mentions = (text: string | null | undefined, terms: ReadonlySet<string>): boolean =>
  Boolean(text) && tokens(text!).some((token) => terms.has(token.term))

/**
 * About `length` characters of `text` around its first highlighted word, cut at word boundaries, with an ellipsis
 * where text was left out; escaped and highlighted.
 */
export function snippet(text: string, terms: ReadonlySet<string>, length = 160): string {
  const all = tokens(text)
  const first = all.find((token) => terms.has(token.term))
  if (text.length <= length) return highlight(text, terms)
  let start = first ? Math.max(0, first.start - Math.floor(length / 3)) : 0
  let end = Math.min(text.length, start + length)
  if (end === text.length) start = Math.max(0, end - length)
  // Whole words only: move each cut to the nearest word boundary inside the window.
  if (start > 0) start = all.find((token) => token.start >= start)?.start ?? start
  if (end < text.length) end = [...all].reverse().find((token) => token.end <= end)?.end ?? end
  const piece = text.slice(start, end)
  return `${start > 0 ? '… ' : ''}${highlight(piece, terms)}${end < text.length ? ' …' : ''}`
}

/** Edit distance with adjacent transpositions (optimal string alignment), stopping early past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  let previous2: number[] = []
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1)
      current.push(value)
      best = Math.min(best, value)
    }
    if (best > max) return max + 1
    previous2 = previous
    previous = current
  }
  return previous[b.length]!
}

/** Typos forgiven per word: none in short words (they collide), one from 4 letters, two from 8. */
export const typoAllowance = (term: string): number => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0)
