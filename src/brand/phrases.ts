/**
 * Whole-word, case-insensitive, Unicode-aware phrase matching, compiled once per phrase list. Accents on vowels are
 * optional ("diabetico" is caught by "diabético", as people often type it), while ñ and ç stay letters of their own
 * ("año" is not "ano").
 */

export interface PhraseHit<T> {
  entry: T
  start: number
  end: number
  /** The text as written, e.g. "Sugar diabetes". */
  match: string
}

export type PhraseMatcher<T> = (text: string) => PhraseHit<T>[]

const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}]'
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const VOWEL_FORMS: Readonly<Record<string, string>> = { a: 'aáàâäã', e: 'eéèêë', i: 'iíìîï', o: 'oóòôöõ', u: 'uúùûü' }
const VOWEL = /[aáàâäãeéèêëiíìîïoóòôöõuúùûü]/giu
const vowelBase = (vowel: string): string => vowel.normalize('NFD').charAt(0).toLowerCase()

/** A word as the matcher compares it: lower case, accents on vowels dropped. */
export const foldWord = (word: string): string => word.normalize('NFC').toLowerCase().replace(VOWEL, vowelBase)

/** "non-compliant" also matches "noncompliant" and "non compliant"; any run of spaces matches one. */
function phrasePattern(phrase: string): string {
  return phrase
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .map((word) =>
      escape(word)
        // Any form of the vowel, precomposed or followed by combining marks (decomposed text).
        .replace(VOWEL, (vowel) => `[${VOWEL_FORMS[vowelBase(vowel)]}]\\p{M}*`)
        .replace(/['’]/g, "['’]")
        .replace(/-/g, '(?:[-\\u2010\\u2011]|\\s)?'),
    )
    .join('\\s+')
}

export function compilePhrases<T>(entries: readonly T[], phraseOf: (entry: T) => string): PhraseMatcher<T> {
  // Longest first, so "sugar diabetes" wins over a shorter overlapping entry.
  const ordered = entries.filter((e) => phraseOf(e).trim() !== '').sort((a, b) => phraseOf(b).length - phraseOf(a).length)
  if (ordered.length === 0) return () => []
  const source = `(?<!${WORD_CHAR})(?:${ordered.map((e) => `(${phrasePattern(phraseOf(e))})`).join('|')})(?!${WORD_CHAR})`
  const regex = new RegExp(source, 'giu')
  return (text) => {
    const hits: PhraseHit<T>[] = []
    regex.lastIndex = 0
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      let group = 1
      while (m[group] === undefined) group++
      hits.push({ entry: ordered[group - 1] as T, start: m.index, end: m.index + m[0].length, match: m[0] })
    }
    return hits
  }
}

/** Compiles at most once per list object: settings parsed once are reused across many checks. */
export function cachedMatcher<T>(
  cache: WeakMap<object, Map<string, PhraseMatcher<T>>>,
  list: object,
  variant: string,
  build: () => PhraseMatcher<T>,
): PhraseMatcher<T> {
  let byVariant = cache.get(list)
  if (!byVariant) cache.set(list, (byVariant = new Map()))
  let matcher = byVariant.get(variant)
  if (!matcher) byVariant.set(variant, (matcher = build()))
  return matcher
}

const NEXT_WORD = /^[\s\u00a0]+([\p{L}\p{N}\p{M}]+)/u
const PREVIOUS_WORD = /([\p{L}\p{N}\p{M}]+)[\s\u00a0]+$/u

/** The word after `end`, folded (see `foldWord`). */
export function nextWord(text: string, end: number): string | undefined {
  const word = NEXT_WORD.exec(text.slice(end, end + 80))?.[1]
  return word === undefined ? undefined : foldWord(word)
}

/** The word before `start`, folded (see `foldWord`). */
export function previousWord(text: string, start: number): string | undefined {
  const word = PREVIOUS_WORD.exec(text.slice(Math.max(0, start - 80), start))?.[1]
  return word === undefined ? undefined : foldWord(word)
}

/** Patient-facing strings a wording rule should read: texts, link texts and image alt texts. */
export function wordingTargets(input: {
  texts: readonly { path: string; text: string }[]
  links: readonly { path: string; text: string }[]
  images: readonly { path: string; alt: string | null }[]
}): { path: string; text: string }[] {
  return [
    ...input.texts,
    ...input.links,
    ...input.images.flatMap((image) => (image.alt ? [{ path: image.path, text: image.alt }] : [])),
  ]
}
