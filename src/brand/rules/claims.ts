import { cachedMatcher, compilePhrases, wordingTargets, type PhraseMatcher } from '../phrases'
import type { BrandRule, RawFinding } from '../rule'
import type { BrandGuidelineSettings } from '../settings'

type ClaimWord = BrandGuidelineSettings['claims']['words'][number]
const cache = new WeakMap<object, Map<string, PhraseMatcher<ClaimWord>>>()

export const claims: BrandRule = {
  id: 'claims',
  description: 'Claim words ("cure", "guaranteed", "best", "100%") need at least the configured number of citations.',
  defaultSeverity: 'warning',
  check(input, settings) {
    const { words, minCitations } = settings.claims
    if (input.citations >= minCitations) return []
    const matcher = cachedMatcher(cache, words, input.locale, () =>
      compilePhrases(
        words.filter((w) => w.locale === 'all' || w.locale === input.locale),
        (w) => w.word,
      ),
    )
    const need = minCitations === 1 ? 'a citation' : `at least ${minCitations} citations`
    const findings: RawFinding[] = []
    for (const { path, text } of wordingTargets(input)) {
      for (const { match } of matcher(text)) {
        findings.push({
          path,
          text: match,
          message: `'${match}' is a claim that needs evidence; add ${need} (this item has ${input.citations}) or reword it (brand claims policy)`,
        })
      }
    }
    return findings
  },
}
