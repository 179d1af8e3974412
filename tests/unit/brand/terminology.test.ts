import { terminology } from '@/brand/rules/terminology'

import { article, body, contextFor, settingsWith } from './fixtures'
import type { Locale } from '@/taxonomy/locales'

const check = (input: ReturnType<typeof article>, settings = settingsWith()) =>
  terminology.check(input, settings, contextFor(input, settings))

const flagged = (text: string, locale: Locale = 'en') => check(article({ locale, texts: body(text) })).map((f) => f.text)

describe('terminology rule', () => {
  it('passes person-first patient education text', () => {
    expect(
      flagged('People with diabetes can live full lives. If your child has diabetes, a diabetes educator can help you both.'),
    ).toEqual([])
  })

  it("names the banned term as written, the brand replacement and the reason", () => {
    const [finding] = check(article({ texts: body('Sugar diabetes used to be a common name.') }))
    expect(finding).toEqual({
      path: 'body.0',
      text: 'Sugar diabetes',
      message: "'Sugar diabetes' is not allowed; use 'diabetes' (brand terminology: outdated term)",
    })
  })

  it('matches whole words and phrases in any case, never inside longer words', () => {
    expect(flagged('Each VICTIM of a stroke needs rehab.')).toEqual(['VICTIM'])
    expect(flagged('Victimization and victimhood are covered in the safety module.')).toEqual([])
    expect(flagged('She suffers   from migraines.')).toEqual(['suffers   from'])
    expect(flagged('He suffers frequently from migraines.')).toEqual([])
  })

  it('treats hyphen and spacing variants of a hyphenated term alike', () => {
    expect(flagged('Patients called non-compliant, noncompliant or non compliant deserve better words.')).toEqual([
      'non-compliant',
      'noncompliant',
      'non compliant',
    ])
  })

  it('flags "diabetic" as a noun but not as an adjective in established clinical phrases', () => {
    expect(flagged('As a diabetic, you should see an eye doctor each year. Diabetics often feel tired.')).toEqual([
      'diabetic',
      'Diabetics',
    ])
    expect(flagged('Follow a diabetic diet and check for diabetic foot ulcers.')).toEqual([])
    expect(flagged('Every diabetic patient gets a care plan.')).toEqual(['diabetic'])
  })

  it('applies Spanish terms to Spanish content only, with Unicode word boundaries', () => {
    expect(flagged('Los diabéticos deben revisar sus pies. Un diabético sufre de cansancio.', 'es')).toEqual([
      'diabéticos',
      'diabético',
      'sufre de',
    ])
    expect(flagged('El pie diabético y la retinopatía diabética requieren control.', 'es')).toEqual([])
    // The English list does not run on Spanish text, and vice versa.
    expect(flagged('La víctima de un derrame necesita ayuda.', 'es')).toEqual(['víctima'])
    expect(flagged('A víctima sign-up sheet.', 'en')).toEqual([])
    expect(flagged('Spanish speakers may say diabético.', 'en')).toEqual([])
  })

  it('catches a term typed without its accents, or in decomposed Unicode, and keeps ñ a letter of its own', () => {
    expect(flagged('Un diabetico y los DIABETICOS. La victima se recupera.', 'es')).toEqual(['diabetico', 'DIABETICOS', 'victima'])
    const decomposed = 'Un diabe\u0301tico sufre de sed.'
    expect(flagged(decomposed, 'es')).toEqual(['diabe\u0301tico', 'sufre de'])
    // The clinical exceptions hold without accents too.
    expect(flagged('La retinopatia diabetica y el pie diabetico requieren control.', 'es')).toEqual([])
    const settings = settingsWith({ terminology: [{ term: 'ano', replacement: 'recto', reason: 'prueba', locale: 'es' }] })
    expect(check(article({ locale: 'es', texts: body('Cada año, y también el ANO.') }), settings).map((f) => f.text)).toEqual(['ANO'])
  })

  it('checks titles, summaries, link text and image alt text too', () => {
    const input = article({
      texts: [
        { path: 'title', role: 'title', text: 'Living with sugar diabetes' },
        { path: 'summary', role: 'summary', text: 'Tips for diabetics.' },
      ],
      links: [{ path: 'body.2', text: 'Stories from stroke victims', url: '/stories' }],
      images: [{ path: 'hero', alt: 'A diabetic checks her meter', filename: 'meter.jpg' }],
    })
    expect(check(input).map((f) => [f.path, f.text])).toEqual([
      ['title', 'sugar diabetes'],
      ['summary', 'diabetics'],
      ['body.2', 'victims'],
      ['hero', 'diabetic'],
    ])
  })

  it('uses the configured list, including terms for all locales', () => {
    const settings = settingsWith({
      terminology: [{ term: 'utilize', replacement: 'use', reason: 'plain language', locale: 'all' }],
    })
    expect(check(article({ texts: body('Utilize the inhaler twice a day.') }), settings).map((f) => f.message)).toEqual([
      "'Utilize' is not allowed; use 'use' (brand terminology: plain language)",
    ])
    expect(check(article({ texts: body('Sugar diabetes is an old name.') }), settings)).toEqual([])
  })
})
