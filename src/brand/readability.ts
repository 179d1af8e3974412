/**
 * Readability of body and summary text. English: Flesch–Kincaid grade and SMOG grade. Spanish:
 * Fernández-Huerta (Law's 2011 correction) and Szigriszt-Pazos, with Spanish syllable counts; an English
 * formula is never applied to Spanish text.
 */
import { fleschKincaid } from 'flesch-kincaid'
import { toString } from 'nlcst-to-string'
import retextEnglish from 'retext-english'
import retextLatin from 'retext-latin'
import silabea from 'silabea'
import { smogFormula } from 'smog-formula'
import { syllable } from 'syllable'
import { unified } from 'unified'

import type { BrandCheckInput } from './content'
import type { Locale } from '../taxonomy/locales'

export type ReadabilityFormula = 'smog' | 'fleschKincaid' | 'fernandezHuerta'

export interface ReadabilityReport {
  locale: Locale
  fleschKincaidGrade?: number
  smogGrade?: number
  fernandezHuerta?: number
  szigrisztPazos?: number
  /** The grade the readingLevel rule compares with `maxGrade` (Spanish: mapped from Fernández-Huerta). */
  gradeUsed?: number
  formulaUsed: ReadabilityFormula
  words: number
  sentences: number
  syllables: number
  polysyllables: number
}

export interface LongestSentence {
  path: string
  text: string
  words: number
}

/** The sentence that reads hardest on its own under the formula in use: where an editor should start rewriting. */
export interface HardestSentence extends LongestSentence {
  /** The sentence's own grade under the formula in use (Spanish: mapped from Fernández-Huerta). */
  grade: number
}

export interface ReadabilityAnalysis {
  report: ReadabilityReport
  longestSentence?: LongestSentence
  hardestSentence?: HardestSentence
}

export interface TextCounts {
  sentences: number
  words: number
  syllables: number
  /** Words of three or more syllables (SMOG). */
  polysyllables: number
}

// Parsers are frozen once; parsing is the most expensive step of a check.
const englishParser = unified().use(retextEnglish).freeze()
const spanishParser = unified().use(retextLatin).freeze()

type Root = ReturnType<typeof englishParser.parse>
type Sentence = Extract<Extract<Root['children'][number], { type: 'ParagraphNode' }>['children'][number], { type: 'SentenceNode' }>

const HAS_WORD_CHAR = /[\p{L}\p{N}]/u
// Bounded so a long-running server does not grow the caches without limit.
const CACHE_LIMIT = 50_000

function memoize(count: (word: string) => number): (word: string) => number {
  const cache = new Map<string, number>()
  return (word) => {
    const key = word.toLowerCase()
    let n = cache.get(key)
    if (n === undefined) {
      if (cache.size >= CACHE_LIMIT) cache.clear()
      // Every word is spoken with at least one syllable, numbers ("911") included.
      n = Math.max(1, count(key))
      cache.set(key, n)
    }
    return n
  }
}

export const englishSyllables = memoize(syllable)

export const spanishSyllables = memoize((word) => {
  const letters = word.normalize('NFC').replace(/[^\p{L}]/gu, '')
  return letters ? silabea.getSilabas(letters).numeroSilaba : 0
})

function sentencesOf(tree: Root): Sentence[] {
  const sentences: Sentence[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) if (sentence.type === 'SentenceNode') sentences.push(sentence)
  }
  return sentences
}

interface Accumulator extends TextCounts {
  longest?: LongestSentence
  hardest?: HardestSentence
}

/** A sentence's grade on its own; undefined while only whole texts are counted (countText). */
type SentenceGrade = (counts: TextCounts) => number

function countInto(acc: Accumulator, text: string, path: string, locale: Locale, gradeOf?: SentenceGrade): void {
  const tree = (locale === 'es' ? spanishParser : englishParser).parse(text)
  const syllablesOf = locale === 'es' ? spanishSyllables : englishSyllables
  for (const sentence of sentencesOf(tree)) {
    let words = 0
    let syllables = 0
    let polysyllables = 0
    for (const node of sentence.children) {
      if (node.type !== 'WordNode') continue
      const word = toString(node)
      if (!HAS_WORD_CHAR.test(word)) continue
      const n = syllablesOf(word)
      words++
      syllables += n
      if (n >= 3) polysyllables++
    }
    if (words === 0) continue
    acc.words += words
    acc.syllables += syllables
    acc.polysyllables += polysyllables
    acc.sentences++
    if (!acc.longest || words > acc.longest.words) acc.longest = { path, text: toString(sentence), words }
    if (gradeOf) {
      const grade = gradeOf({ polysyllables, sentences: 1, syllables, words })
      // Ties go to the longer sentence: it has more to shorten.
      if (Number.isFinite(grade) && (!acc.hardest || grade > acc.hardest.grade || (grade === acc.hardest.grade && words > acc.hardest.words)))
        acc.hardest = { grade, path, text: toString(sentence), words }
    }
  }
}

/** Counts sentences, words and syllables; each text is its own paragraph (headings end a sentence). */
export function countText(texts: readonly string[], locale: Locale): TextCounts {
  const acc: Accumulator = { sentences: 0, words: 0, syllables: 0, polysyllables: 0 }
  for (const text of texts) countInto(acc, text, '', locale)
  const { sentences, words, syllables, polysyllables } = acc
  return { sentences, words, syllables, polysyllables }
}

/** Flesch–Kincaid grade: 0.39·(words/sentences) + 11.8·(syllables/words) − 15.59. */
export const fleschKincaidGrade = (c: TextCounts): number =>
  fleschKincaid({ sentence: c.sentences, word: c.words, syllable: c.syllables })

/** SMOG grade: 1.0430·√(polysyllables·30/sentences) + 3.1291. */
export const smogGrade = (c: TextCounts): number =>
  smogFormula({ sentence: c.sentences, polysillabicWord: c.polysyllables })

/** Fernández-Huerta lecturabilidad, corrected: 206.84 − 60·(syllables/words) − 1.02·(words/sentences). */
export const fernandezHuerta = (c: TextCounts): number =>
  c.words && c.sentences ? 206.84 - 60 * (c.syllables / c.words) - 1.02 * (c.words / c.sentences) : Number.NaN

/** Szigriszt-Pazos perspicuidad: 206.835 − 62.3·(syllables/words) − words/sentences. */
export const szigrisztPazos = (c: TextCounts): number =>
  c.words && c.sentences ? 206.835 - 62.3 * (c.syllables / c.words) - c.words / c.sentences : Number.NaN

/**
 * School grade for a Fernández-Huerta score: 14 − L/10. Fernández-Huerta's table puts 90–100 at 4th grade,
 * 80–90 at 5th, 70–80 at 6th and 60–70 ("normal para adulto") at 7th–8th; this line passes through each
 * band's upper grade, so the default maxGrade 8 requires L ≥ 60, the start of the "normal" band.
 */
export const fernandezHuertaGrade = (score: number): number => 14 - score / 10

const finite = (n: number): number | undefined => (Number.isFinite(n) ? n : undefined)

/** Readability of an item's body and summary text, in its own language. */
export function analyzeReadability(
  input: Pick<BrandCheckInput, 'locale' | 'texts'>,
  formula: 'smog' | 'fleschKincaid',
): ReadabilityAnalysis {
  const acc: Accumulator = { sentences: 0, words: 0, syllables: 0, polysyllables: 0 }
  const gradeOf: SentenceGrade =
    input.locale === 'es' ? (c) => fernandezHuertaGrade(fernandezHuerta(c)) : formula === 'smog' ? smogGrade : fleschKincaidGrade
  for (const t of input.texts) if (t.role === 'body' || t.role === 'summary') countInto(acc, t.text, t.path, input.locale, gradeOf)
  const counts = { words: acc.words, sentences: acc.sentences, syllables: acc.syllables, polysyllables: acc.polysyllables }

  if (input.locale === 'es') {
    const fh = finite(fernandezHuerta(acc))
    return {
      report: {
        locale: 'es',
        fernandezHuerta: fh,
        szigrisztPazos: finite(szigrisztPazos(acc)),
        gradeUsed: fh === undefined ? undefined : fernandezHuertaGrade(fh),
        formulaUsed: 'fernandezHuerta',
        ...counts,
      },
      longestSentence: acc.longest,
      hardestSentence: acc.hardest,
    }
  }
  const fk = finite(fleschKincaidGrade(acc))
  const smog = acc.words ? finite(smogGrade(acc)) : undefined
  return {
    report: {
      locale: 'en',
      fleschKincaidGrade: fk,
      smogGrade: smog,
      gradeUsed: formula === 'smog' ? smog : fk,
      formulaUsed: formula,
      ...counts,
    },
    longestSentence: acc.longest,
    hardestSentence: acc.hardest,
  }
}
