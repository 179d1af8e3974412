import { exclamations } from '@/brand/rules/exclamations'
import { linkText } from '@/brand/rules/linkText'
import { requiredDisclaimer } from '@/brand/rules/requiredDisclaimer'
import { summaryLength } from '@/brand/rules/summaryLength'
import { titleLength } from '@/brand/rules/titleLength'
import type { BrandRule } from '@/brand/rule'

import { article, body, contextFor, settingsWith } from './fixtures'

const run = (rule: BrandRule, input: ReturnType<typeof article>, settings = settingsWith()) =>
  rule.check(input, settings, contextFor(input, settings))

describe('titleLength and summaryLength rules', () => {
  const withTitle = (text: string) => article({ texts: [{ path: 'title', role: 'title', text }] })

  it('passes a title of exactly 70 characters and flags 71, saying how much to cut', () => {
    expect(run(titleLength, withTitle('A'.repeat(70)))).toEqual([])
    const [finding] = run(titleLength, withTitle('What to expect before, during and after your knee replacement surgery'.padEnd(71, '!')))
    expect(finding).toMatchObject({ path: 'title' })
    expect(finding!.message).toBe(
      'Title is 71 characters; shorten it to 70 or fewer (1 over) so it is not cut off in search results and app cards',
    )
  })

  it('counts accented Spanish letters and emoji as one character each', () => {
    expect(run(titleLength, withTitle('ñ'.repeat(35) + 'é'.repeat(34) + '💙'))).toEqual([])
    expect(run(titleLength, withTitle('ñ'.repeat(70) + '💙'))).toHaveLength(1)
  })

  it('measures the item title and each segment variant title on its own', () => {
    const input = article({
      texts: [
        { path: 'title', role: 'title', text: 'Cómo controlar la diabetes gestacional' },
        { path: 'variants.0.title', role: 'title', text: 'Diabetes gestacional: cuídese también después del parto' },
        { path: 'variants.1.title', role: 'title', text: 'B'.repeat(71) },
      ],
    })
    expect(run(titleLength, input).map((f) => f.path)).toEqual(['variants.1.title'])
  })

  it('flags a long summary against the configured limit', () => {
    const summary = (text: string) => article({ texts: [{ path: 'summary', role: 'summary', text }] })
    const long = 'Learn how to check your blood sugar, what the numbers mean and when to call your care team. '.repeat(4)
    expect(long.trim().length).toBeGreaterThan(300)
    expect(run(summaryLength, summary(long))[0]!.message).toMatch(/^Summary is \d+ characters; shorten it to 300 or fewer/)
    expect(run(summaryLength, summary('Learn how to check your blood sugar at home.'))).toEqual([])
    expect(run(summaryLength, summary('Learn how to check your blood sugar at home.'), settingsWith({ structure: { summaryMaxLength: 20 } }))).toHaveLength(1)
  })
})

describe('linkText rule', () => {
  const links = (...texts: string[]) => article({ links: texts.map((text, i) => ({ path: `body.${i}`, text, url: `/a/${i}` })) })

  it('passes link text that says where it goes', () => {
    expect(run(linkText, links('How to use your inhaler', 'Find a diabetes class near you', 'Read the heart failure guide'))).toEqual([])
  })

  it('flags generic link text in any case and with trailing punctuation, in English and Spanish', () => {
    const findings = run(linkText, links('Click here', 'Read more…', 'here.', '"More"', 'link', 'Haga clic aquí', 'Leer más'))
    expect(findings.map((f) => f.path)).toEqual(['body.0', 'body.1', 'body.2', 'body.3', 'body.4', 'body.5', 'body.6'])
    expect(findings[0]!.message).toBe(
      "Link text 'Click here' does not say where it goes; describe the destination instead, e.g. 'Read the diabetes meal guide' (WCAG 2.4.4)",
    )
  })

  it('flags empty links and bare web addresses', () => {
    const [empty, url] = run(linkText, links('  ', 'https://www.cdc.gov/diabetes'))
    expect(empty!.message).toBe('The link to /a/0 has no text; add words that say where it goes (WCAG 2.4.4)')
    expect(url!.message).toMatch(/is a web address/)
  })
})

describe('exclamations rule', () => {
  it('allows one exclamation mark per item by default', () => {
    expect(run(exclamations, article({ texts: body('Call 911 right away if you have chest pain!', 'Eat slowly.') }))).toEqual([])
  })

  it('flags the item once the limit is passed, pointing at the sentence that passed it', () => {
    const findings = run(exclamations, article({ texts: body('Call 911 if you have chest pain!', 'Great news. You did it! Keep going!') }))
    expect(findings).toEqual([
      {
        path: 'body.1',
        text: 'You did it!',
        message: 'This item has 3 exclamation marks; use at most 1 so urgent warnings stand out (the limit is passed at “You did it!”)',
      },
    ])
  })

  it('counts doubled marks ("now!!") as two', () => {
    expect(run(exclamations, article({ texts: body('Call 911 now!!') }))[0]!.message).toMatch(/^This item has 2 exclamation marks/)
  })

  it('counts a Spanish ¡…! pair as one exclamation', () => {
    expect(run(exclamations, article({ locale: 'es', texts: body('¡Llame al 911 si tiene dolor en el pecho!') }))).toEqual([])
    expect(run(exclamations, article({ locale: 'es', texts: body('¡Llame hoy! ¡No espere!') }))).toHaveLength(1)
  })

  it('honours a configured limit of zero', () => {
    const none = settingsWith({ structure: { maxExclamations: 0 } })
    expect(run(exclamations, article({ texts: body('Call 911!') }), none)).toHaveLength(1)
  })
})

describe('requiredDisclaimer rule', () => {
  const settings = settingsWith({ requiredDisclaimer: { articles: 'disclaimer-1', pamphlets: '42' } })

  it('passes when the configured snippet is in the item', () => {
    expect(run(requiredDisclaimer, article({ snippetIds: ['when-to-call-911', 'disclaimer-1'] }), settings)).toEqual([])
    expect(run(requiredDisclaimer, article({ type: 'pamphlets', snippetIds: ['42'] }), settings)).toEqual([])
  })

  it('flags an item of that type without it, naming the snippet', () => {
    expect(run(requiredDisclaimer, article({ snippetIds: ['when-to-call-911'] }), settings)).toEqual([
      {
        path: 'body',
        message: 'Every article must include the required disclaimer snippet (id disclaimer-1); insert it with the "Snippet" block',
      },
    ])
  })

  it('does not require anything of content types with no disclaimer configured', () => {
    expect(run(requiredDisclaimer, article({ type: 'events' }), settings)).toEqual([])
    expect(run(requiredDisclaimer, article())).toEqual([])
  })
})
