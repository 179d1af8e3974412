import { checkContent } from '@/brand/engine'
import { idleRules } from '@/brand/guidelineHealth'
import { brandRules } from '@/brand/rules'

import { NOW, article, body, settingsWith } from './fixtures'

/** Content each rule with declared needs would flag, if it could: a banned term, a claim without citations, no disclaimer. */
const TEMPTING = article({ texts: body('This miracle diet helps people with sugar diabetes.') })
const firedRules = (settings: ReturnType<typeof settingsWith>) => new Set(checkContent(TEMPTING, settings, { now: NOW }).findings.map((f) => f.rule))

describe('rules that are on but can never fire', () => {
  it('reports the required disclaimer on Error with no snippet chosen for any content type', () => {
    const idle = idleRules(settingsWith())
    expect(idle.map((r) => [r.rule, r.severity])).toEqual([['requiredDisclaimer', 'error']])
    expect(idle[0]!.message).toBe(
      '"Required disclaimer" is set to Error but can never report anything: no disclaimer snippet is chosen for any content type (choose one per type on the "Disclaimers" tab).',
    )
    expect(idleRules(settingsWith({ requiredDisclaimer: { articles: '7' } }))).toEqual([])
  })

  it('reports an empty banned-term list, an empty claim list and claims that need no citations; errors first', () => {
    const settings = settingsWith({ claims: { minCitations: 0, words: [] }, requiredDisclaimer: { events: '3' }, terminology: [] })
    const idle = idleRules(settings)
    expect(idle.map((r) => [r.rule, r.severity])).toEqual([
      ['terminology', 'error'],
      ['claims', 'warning'],
    ])
    expect(idle[1]!.missing).toHaveLength(2)
    expect(idle[1]!.message).toMatch(/^"Claims need citations" is set to Warning but can never report anything: the list of claim words is empty .*; and claims need 0 citations/)
  })

  it('says nothing about rules that are off', () => {
    expect(idleRules(settingsWith({ severity: { requiredDisclaimer: 'off', terminology: 'off' }, terminology: [] }))).toEqual([])
  })

  it('declares needs truthfully: an idle rule finds nothing even in content made to trip it, and fires once the need is met', () => {
    const starved = settingsWith({ claims: { minCitations: 0 }, terminology: [] })
    const idle = new Set(idleRules(starved).map((r) => r.rule))
    expect([...idle].sort()).toEqual(['claims', 'requiredDisclaimer', 'terminology'])
    const fired = firedRules(starved)
    for (const rule of idle) expect([rule, fired.has(rule)]).toEqual([rule, false])

    const fed = firedRules(settingsWith({ requiredDisclaimer: { articles: '7' } }))
    for (const rule of idle) expect([rule, fed.has(rule)]).toEqual([rule, true])
  })

  it('keeps needs in the registry: only rules that can be starved declare any', () => {
    expect(brandRules.filter((r) => r.needs?.length).map((r) => r.id).sort()).toEqual(['claims', 'requiredDisclaimer', 'terminology'])
  })
})
