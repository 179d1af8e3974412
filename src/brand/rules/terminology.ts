import { cachedMatcher, compilePhrases, foldWord, nextWord, previousWord, wordingTargets, type PhraseMatcher } from '../phrases'
import { defineRule, type RawFinding } from '../rule'
import type { BannedTerm } from '../ruleSettings'

interface CompiledTerm {
  term: BannedTerm
  unlessNext: Set<string>
  unlessPrevious: Set<string>
}

const folded = (words: readonly string[]) => new Set(words.map(foldWord))
const cache = new WeakMap<object, Map<string, PhraseMatcher<CompiledTerm>>>()

export const terminology = defineRule({
  id: 'terminology',
  label: 'Terminology',
  description: 'Banned or outdated terms (whole words, any case, with or without accents) are replaced with the brand term.',
  defaultSeverity: 'error',
  needs: [{ met: (settings) => settings.terminology.length > 0, missing: 'the list of banned terms is empty (add terms on the "Terminology & claims" tab)' }],
  check(input, settings) {
    const matcher = cachedMatcher(cache, settings.terminology, input.locale, () =>
      compilePhrases(
        settings.terminology
          .filter((term) => term.locale === 'all' || term.locale === input.locale)
          .map((term) => ({ term, unlessNext: folded(term.unlessNextWord), unlessPrevious: folded(term.unlessPreviousWord) })),
        (compiled) => compiled.term.term,
      ),
    )
    const findings: RawFinding[] = []
    for (const { path, text } of wordingTargets(input)) {
      for (const { entry, start, end, match } of matcher(text)) {
        const next = entry.unlessNext.size ? nextWord(text, end) : undefined
        const previous = entry.unlessPrevious.size ? previousWord(text, start) : undefined
        if ((next && entry.unlessNext.has(next)) || (previous && entry.unlessPrevious.has(previous))) continue
        const { replacement, reason } = entry.term
        findings.push({
          path,
          text: match,
          message: `'${match}' is not allowed; use '${replacement}' (brand terminology: ${reason})`,
        })
      }
    }
    return findings
  },
})
