import { cachedMatcher, compilePhrases, wordingTargets, type PhraseMatcher } from '../phrases'
import { defineRule, type RawFinding } from '../rule'
import type { RuleSettings } from '../ruleSettings'

type ClaimWord = RuleSettings['claims']['words'][number]
const cache = new WeakMap<object, Map<string, PhraseMatcher<ClaimWord>>>()

export const claims = defineRule({
  id: 'claims',
  label: 'Claims need citations',
  description: 'Claim words ("cure", "guaranteed", "best", "100%") need at least the configured number of citations.',
  // Claim words ("best") also occur in harmless advice ("the best time to test"), so they only warn.
  defaultSeverity: 'warning',
  needs: [
    { met: (settings) => settings.claims.words.length > 0, missing: 'the list of claim words is empty (add words on the "Terminology & claims" tab)' },
    {
      met: (settings) => settings.claims.minCitations > 0,
      missing: 'claims need 0 citations, so no claim is ever short of evidence (set "Min citations" to 1 or more on the "Terminology & claims" tab)',
    },
  ],
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
})
