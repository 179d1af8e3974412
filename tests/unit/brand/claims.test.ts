import { claims } from '@/brand/rules/claims'

import { article, body, contextFor, settingsWith } from './fixtures'

const check = (input: ReturnType<typeof article>, settings = settingsWith()) => claims.check(input, settings, contextFor(input, settings))

describe('claims rule', () => {
  const CLAIMS = 'Our program is the best in the state. This new treatment is a miracle and is 100% guaranteed to cure sleep apnea.'

  it('flags each claim word when the item cites nothing', () => {
    const findings = check(article({ texts: body(CLAIMS) }))
    expect(findings.map((f) => f.text)).toEqual(['best', 'miracle', '100%', 'guaranteed', 'cure'])
    expect(findings[0]!.message).toBe(
      "'best' is a claim that needs evidence; add a citation (this item has 0) or reword it (brand claims policy)",
    )
  })

  it('passes the same claims once the item has enough citations', () => {
    expect(check(article({ texts: body(CLAIMS), citations: 1 }))).toEqual([])
    const strict = settingsWith({ claims: { minCitations: 2 } })
    expect(check(article({ texts: body(CLAIMS), citations: 1 }), strict)[0]!.message).toMatch(/add at least 2 citations \(this item has 1\)/)
  })

  it('passes modest wording and does not match inside other words', () => {
    expect(check(article({ texts: body('Treatment can help control symptoms. Secure your bestseller list? Procurement staff cured meats.') }))).toEqual([])
  })

  it('checks Spanish claim words in Spanish content', () => {
    const findings = check(article({ locale: 'es', texts: body('Es la mejor clínica. Este té es un milagro y una cura garantizada.') }))
    expect(findings.map((f) => f.text)).toEqual(['la mejor', 'milagro', 'cura', 'garantizada'])
    expect(check(article({ locale: 'es', texts: body('El tratamiento puede ayudar a controlar los síntomas.') }))).toEqual([])
  })
})
