import {
  analyzeReadability,
  countText,
  fernandezHuerta,
  fernandezHuertaGrade,
  fleschKincaidGrade,
  smogGrade,
  szigrisztPazos,
} from '@/brand/readability'
import { readingLevel } from '@/brand/rules/readingLevel'
import { syllable } from 'syllable'

import { article, body, contextFor, settingsWith } from './fixtures'

// Hand counts (syllables per word in brackets), checked against the published formulas:
// FK = 0.39·(words/sentences) + 11.8·(syllables/words) − 15.59; SMOG = 1.0430·√(polysyllables·30/sentences) + 3.1291.
describe('English readability against the reference formulas', () => {
  it('plain instructions: 3 sentences, 16 words, 23 syllables, 2 polysyllables', () => {
    // Take[1] your[1] medicine[3] each[1] morning[2]. Exercise[3] helps[1] your[1] heart[1].
    // Call[1] your[1] doctor[2] if[1] you[1] feel[1] dizzy[2].
    const counts = countText(['Take your medicine each morning. Exercise helps your heart. Call your doctor if you feel dizzy.'], 'en')
    expect(counts).toEqual({ sentences: 3, words: 16, syllables: 23, polysyllables: 2 })
    // FK = 0.39·5.3333 + 11.8·1.4375 − 15.59 = 3.4525; SMOG = 1.043·√20 + 3.1291 = 7.7935
    expect(fleschKincaidGrade(counts)).toBeCloseTo(3.45, 1)
    expect(smogGrade(counts)).toBeCloseTo(7.79, 1)
  })

  it('clinical jargon: 2 sentences, 8 words, 33 syllables, 8 polysyllables', () => {
    // Hypertension[4] increases[3] cardiovascular[6] complications[4].
    // Medication[4] adherence[3] reduces[3] hospitalization[6].
    const counts = countText(['Hypertension increases cardiovascular complications. Medication adherence reduces hospitalization.'], 'en')
    expect(counts).toEqual({ sentences: 2, words: 8, syllables: 33, polysyllables: 8 })
    // FK = 0.39·4 + 11.8·4.125 − 15.59 = 34.645; SMOG = 1.043·√120 + 3.1291 = 14.5546
    expect(fleschKincaidGrade(counts)).toBeCloseTo(34.65, 1)
    expect(smogGrade(counts)).toBeCloseTo(14.55, 1)
  })

  it('one-syllable words: 2 sentences, 11 words, 12 syllables, no polysyllables', () => {
    // The cat sat on the mat[6 × 1]. It was a sunny[2] day[1].
    const counts = countText(['The cat sat on the mat. It was a sunny day.'], 'en')
    expect(counts).toEqual({ sentences: 2, words: 11, syllables: 12, polysyllables: 0 })
    expect(fleschKincaidGrade(counts)).toBeCloseTo(-0.57, 1)
    expect(smogGrade(counts)).toBeCloseTo(3.13, 1)
  })

  it('does not end sentences at abbreviations or decimals, and counts each text as its own paragraph', () => {
    const counts = countText(['Dr. Lee says take 2.5 mg at 8 a.m. every day.', 'When to call'], 'en')
    expect(counts.sentences).toBe(2)
    // Dr. | Lee | says | take | 2.5 | mg | at | 8 | a.m. | every | day (11) + When | to | call (3)
    expect(counts.words).toBe(14)
  })
})

it('counts a number as a word of at least one syllable', () => {
  // Call[1] 911[1, the syllable library gives 0] now[1]
  expect(countText(['Call 911 now.'], 'en')).toEqual({ sentences: 1, words: 3, syllables: 3, polysyllables: 0 })
  // Lla-me[2] al[1] 911[1]
  expect(countText(['Llame al 911.'], 'es')).toMatchObject({ words: 3, syllables: 4 })
})

describe('Spanish readability (Fernández-Huerta, Szigriszt-Pazos) with Spanish syllables', () => {
  it('2 sentences, 8 words, 20 syllables', () => {
    // To-me[2] su[1] me-di-ci-na[4] ca-da[2] ma-ña-na[3]. Ca-mi-ne[3] trein-ta[2] mi-nu-tos[3].
    const counts = countText(['Tome su medicina cada mañana. Camine treinta minutos.'], 'es')
    expect(counts).toMatchObject({ sentences: 2, words: 8, syllables: 20 })
    // FH = 206.84 − 60·2.5 − 1.02·4 = 52.76; SP = 206.835 − 62.3·2.5 − 4 = 47.085
    expect(fernandezHuerta(counts)).toBeCloseTo(52.76, 1)
    expect(szigrisztPazos(counts)).toBeCloseTo(47.09, 1)
    expect(fernandezHuertaGrade(fernandezHuerta(counts))).toBeCloseTo(8.72, 1)
  })

  it('2 sentences, 5 words, 9 syllables with a diphthong (a-gua)', () => {
    // Be-ba[2] a-gua[2]. La-ve[2] sus[1] ma-nos[2].
    const counts = countText(['Beba agua. Lave sus manos.'], 'es')
    expect(counts).toMatchObject({ sentences: 2, words: 5, syllables: 9 })
    // FH = 206.84 − 60·1.8 − 1.02·2.5 = 96.29; SP = 206.835 − 62.3·1.8 − 2.5 = 92.195
    expect(fernandezHuerta(counts)).toBeCloseTo(96.29, 1)
    expect(szigrisztPazos(counts)).toBeCloseTo(92.2, 1)
  })

  it('never applies an English formula or English syllable counts to Spanish', () => {
    const text = 'Tome su medicina cada mañana. Camine treinta minutos.'
    const englishCount = text.split(/[\s.]+/).filter(Boolean).reduce((n, w) => n + Math.max(1, syllable(w)), 0)
    expect(englishCount).not.toBe(20) // "Tome" and "Camine" read as English lose a syllable each
    const { report } = analyzeReadability({ locale: 'es', texts: body(text) }, 'smog')
    expect(report).toMatchObject({ locale: 'es', formulaUsed: 'fernandezHuerta', syllables: 20 })
    expect(report.fleschKincaidGrade).toBeUndefined()
    expect(report.smogGrade).toBeUndefined()
  })

  it('maps Fernández-Huerta to a grade so that the "normal" band (60–70) is grades 7–8', () => {
    expect(fernandezHuertaGrade(60)).toBe(8)
    expect(fernandezHuertaGrade(70)).toBe(7)
    expect(fernandezHuertaGrade(90)).toBe(5)
  })
})

describe('analyzeReadability', () => {
  it('reads body and summary only, not the title or other text', () => {
    const { report } = analyzeReadability(
      {
        locale: 'en',
        texts: [
          { path: 'title', role: 'title', text: 'Hypertension complications explained' },
          { path: 'summary', role: 'summary', text: 'The cat sat on the mat.' },
          { path: 'body.0', role: 'body', text: 'It was a sunny day.' },
          { path: 'alt', role: 'other', text: 'Cardiovascular hospitalization.' },
        ],
      },
      'fleschKincaid',
    )
    expect(report).toMatchObject({ words: 11, sentences: 2, syllables: 12, formulaUsed: 'fleschKincaid' })
    expect(report.gradeUsed).toBeCloseTo(-0.57, 1)
  })

  it('has no grade for an item without body text', () => {
    const { report } = analyzeReadability({ locale: 'en', texts: [] }, 'smog')
    expect(report).toMatchObject({ words: 0, sentences: 0 })
    expect(report.gradeUsed).toBeUndefined()
  })
})

const PLAIN = body(
  'Check your blood sugar before breakfast. Write the number in your log. Eat a snack if it is low. Call us if you feel shaky or weak. Take a short walk after meals. Drink water, not soda.',
)
const JARGON = body(
  'Individuals diagnosed with diabetes mellitus should systematically monitor glycemic variability, particularly following carbohydrate consumption. Pharmacological intervention necessitates consideration of hypoglycemic complications, especially among elderly populations experiencing cognitive deterioration or renal insufficiency.',
)

describe('readingLevel rule', () => {
  const run = (input: ReturnType<typeof article>, overrides = {}) => {
    const settings = settingsWith(overrides)
    return readingLevel.check(input, settings, contextFor(input, settings))
  }

  it('passes plain English patient instructions', () => {
    expect(run(article({ texts: PLAIN }))).toEqual([])
  })

  it('flags dense clinical English, naming the grade, the formula and quoting the hardest sentence', () => {
    const [finding, ...rest] = run(article({ texts: JARGON }))
    expect(rest).toEqual([])
    expect(finding!.message).toMatch(/^Reading level is grade \d+\.\d \(SMOG\); aim for grade 8 or below/)
    expect(finding!.message).toMatch(/Start with the hardest sentence \(17 words, grade \d+\.\d on its own\): “Pharmacological intervention necessitates consideration .*…”$/)
    expect(finding!.path).toBe('body.0')
    expect(finding!.text).toMatch(/^Pharmacological intervention/)
  })

  it('picks the hardest sentence by its own grade, not its length, and points at its paragraph', () => {
    const input = article({
      texts: body(
        'Take your pills with food and a full glass of water every morning when you get up and before you go to work or school.',
        'Hypertension increases cardiovascular complications.',
        'Walk each day. Drink water. Sleep well at night.',
      ),
    })
    const { longestSentence, hardestSentence } = analyzeReadability(input, 'smog')
    expect(longestSentence!.path).toBe('body.0')
    expect(hardestSentence).toMatchObject({ path: 'body.1', text: 'Hypertension increases cardiovascular complications.', words: 4 })
    const [finding] = run(input, { readability: { maxGrade: 3, minWords: 0 } })
    expect(finding!.path).toBe('body.1')
    expect(finding!.message).toContain('“Hypertension increases cardiovascular complications.”')
  })

  it('shortens a very long hardest sentence to a recognisable quote', () => {
    const long = `${'Individuals with cardiovascular complications '.repeat(12)}experience deterioration.`
    const [finding] = run(article({ texts: body(long) }))
    const quote = /“(.*)”$/.exec(finding!.message)![1]!
    expect(quote.endsWith('…')).toBe(true)
    expect([...quote].length).toBeLessThanOrEqual(161)
    expect(long.startsWith(quote.slice(0, -1))).toBe(true)
  })

  it('gates on the selected formula and the configured maximum grade', () => {
    const input = article({ texts: PLAIN })
    const { report } = analyzeReadability(input, 'smog')
    // SMOG rates this text above Flesch–Kincaid, so a max grade between the two separates them.
    expect(report.smogGrade!).toBeGreaterThan(report.fleschKincaidGrade! + 1)
    const between = Math.floor(report.smogGrade! - 0.1)
    expect(run(input, { readability: { maxGrade: between, formula: 'smog' } })).toHaveLength(1)
    expect(run(input, { readability: { maxGrade: between, formula: 'fleschKincaid' } })).toEqual([])
  })

  it('stays quiet on very short items where grade formulas are unreliable', () => {
    const input = article({ texts: body('Hypertension increases cardiovascular complications.') })
    expect(run(input)).toEqual([])
    expect(run(input, { readability: { minWords: 0 } })).toHaveLength(1)
  })

  it('passes plain Spanish and flags dense Spanish using Fernández-Huerta', () => {
    const plain = article({
      locale: 'es',
      texts: body(
        'Mida su azúcar antes del desayuno. Anote el número en su libreta. Coma algo si está bajo. Llame si se siente débil. Camine un poco después de comer. Beba agua, no refresco.',
      ),
    })
    expect(run(plain)).toEqual([])
    const dense = article({
      locale: 'es',
      texts: body(
        'Los individuos diagnosticados con diabetes mellitus deberían monitorizar sistemáticamente la variabilidad glucémica, particularmente después del consumo de carbohidratos. La intervención farmacológica necesita considerar las complicaciones hipoglucémicas, especialmente en poblaciones envejecidas con deterioro cognitivo o insuficiencia renal.',
      ),
    })
    const findings = run(dense)
    expect(findings).toHaveLength(1)
    expect(findings[0]!.message).toMatch(/\(Fernández-Huerta -?\d+\.\d; grade 8 needs 60 or more\)/)
  })
})
