import { extractFromLexical } from '@/richtext/extract'
import { brandReportSchema, brandRules, brandScore, checkContent } from '@/brand/engine'
import type { BrandRule } from '@/brand/rule'

import { NOW, article, body, settingsWith } from './fixtures'

const DRAFT = article({
  clinical: true,
  medicalReviewedAt: '2023-01-10',
  texts: [
    { path: 'title', role: 'title', text: 'Sugar diabetes: what every diabetic should know' },
    { path: 'summary', role: 'summary', text: 'Simple steps for checking your blood sugar at home.' },
    ...body('Check your blood sugar each morning. A diabetic may feel shaky when it is low. Our clinic is the best!'),
  ],
  links: [{ path: 'body.0', text: 'click here', url: '/classes' }],
})

describe('checkContent', () => {
  it('passes a clean article with a perfect score and a valid report', () => {
    const report = checkContent(article(), settingsWith(), { now: NOW })
    expect(brandReportSchema.parse(report)).toEqual(report)
    expect(report).toMatchObject({ findings: [], errors: 0, warnings: 0, score: 100 })
    expect(report.passes).toBe(true)
    expect(report.readability).toMatchObject({ locale: 'en', formulaUsed: 'smog', words: 23, sentences: 3 })
  })

  it('reports every problem in a draft with severities resolved from the settings', () => {
    const report = checkContent(DRAFT, settingsWith(), { now: NOW })
    expect(brandReportSchema.parse(report)).toEqual(report)
    expect(report.findings.map((f) => [f.rule, f.severity, f.path])).toEqual([
      ['terminology', 'error', 'title'],
      ['terminology', 'error', 'title'],
      ['terminology', 'error', 'body.0'],
      ['claims', 'warning', 'body.0'],
      ['linkText', 'warning', 'body.0'],
      ['medicalReviewFreshness', 'error', 'medicalReviewedAt'],
    ])
    expect(report).toMatchObject({ errors: 4, warnings: 2, score: 100 - 40 - 6, passes: false })
  })

  it('skips rules set to off and applies severity overrides', () => {
    const settings = settingsWith({ severity: { terminology: 'off', claims: 'error', medicalReviewFreshness: 'warning' } })
    const report = checkContent(DRAFT, settings, { now: NOW })
    expect(report.findings.some((f) => f.rule === 'terminology')).toBe(false)
    expect(report.findings.find((f) => f.rule === 'claims')!.severity).toBe('error')
    expect(report.findings.find((f) => f.rule === 'medicalReviewFreshness')!.severity).toBe('warning')
    expect(report).toMatchObject({ errors: 1, warnings: 2, passes: false })
  })

  it('passes when only warnings remain', () => {
    const report = checkContent(
      article({ links: [{ path: 'body.0', text: 'read more', url: '/x' }] }),
      settingsWith(),
      { now: NOW },
    )
    expect(report).toMatchObject({ errors: 0, warnings: 1, score: 97, passes: true })
  })

  it('judges review freshness against the given "now"', () => {
    const input = article({ clinical: true, medicalReviewedAt: '2024-06-01' })
    expect(checkContent(input, settingsWith(), { now: new Date('2026-05-31T00:00:00Z') }).passes).toBe(true)
    expect(checkContent(input, settingsWith(), { now: new Date('2026-06-02T00:00:00Z') }).passes).toBe(false)
  })

  it('reports the same term twice in one block once, but in two blocks twice', () => {
    const report = checkContent(
      article({ texts: body('A victim of a fall. Another victim of a fall.', 'Help each victim.') }),
      settingsWith(),
      { now: NOW },
    )
    expect(report.findings.map((f) => f.path)).toEqual(['body.0', 'body.1'])
  })

  it('checks content extracted from Lexical, including a resolved snippet', () => {
    const lexical = {
      root: {
        children: [
          { type: 'paragraph', children: [{ type: 'text', text: 'Rest and drink fluids.' }] },
          {
            type: 'block',
            fields: {
              blockType: 'snippet',
              snippet: { id: 'disc-1', body: { root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Our care is guaranteed to cure you.' }] }] } } },
            },
          },
        ],
      },
    }
    const report = checkContent(
      article({ ...extractFromLexical('body', lexical, 'body') }),
      settingsWith({ requiredDisclaimer: { articles: 'disc-1' } }),
      { now: NOW },
    )
    expect(report.findings.map((f) => [f.rule, f.path, f.text])).toEqual([
      ['claims', 'body.1.snippet.0', 'guaranteed'],
      ['claims', 'body.1.snippet.0', 'cure'],
    ])
  })

  it('names a missing disclaimer by its snippet title when the guidelines carry it, else by its id', () => {
    const missing = (settings: Parameters<typeof settingsWith>[0]) =>
      checkContent(article(), settingsWith(settings), { now: NOW }).findings.find((f) => f.rule === 'requiredDisclaimer')?.message
    expect(missing({ requiredDisclaimer: { articles: '2' }, snippetTitles: { '2': 'Medical disclaimer' } })).toBe(
      'Every article must include the disclaimer snippet “Medical disclaimer”; insert it with the "Snippet" block',
    )
    expect(missing({ requiredDisclaimer: { articles: '2' } })).toBe('Every article must include the required disclaimer snippet (id 2); insert it with the "Snippet" block')
  })

  it('runs an extra rule given in the options, proving rules are plug-ins', () => {
    const noJargon: BrandRule = {
      id: 'jargon',
      label: 'Jargon',
      description: 'Avoid Latin abbreviations',
      defaultSeverity: 'warning',
      check: (input) =>
        input.texts.filter((t) => /\bq\.?d\b/i.test(t.text)).map((t) => ({ path: t.path, message: "Write 'once a day', not 'qd'" })),
    }
    const input = article({ texts: body('Take one pill qd.') })
    const report = checkContent(input, settingsWith(), { now: NOW, rules: [...brandRules, noJargon] })
    expect(report.findings).toEqual([{ rule: 'jargon', severity: 'warning', path: 'body.0', message: "Write 'once a day', not 'qd'" }])
    expect(checkContent(input, settingsWith({ severity: { jargon: 'error' } }), { now: NOW, rules: [noJargon] }).passes).toBe(false)
  })

  it('reports Spanish readability with Spanish formulas only', () => {
    const report = checkContent(article({ locale: 'es', texts: body('Beba agua. Lave sus manos.') }), settingsWith(), { now: NOW })
    expect(Object.keys(report.readability).sort()).toEqual(
      ['fernandezHuerta', 'formulaUsed', 'gradeUsed', 'locale', 'polysyllables', 'sentences', 'syllables', 'szigrisztPazos', 'words'],
    )
    expect(report.readability.fernandezHuerta).toBeCloseTo(96.29, 1)
  })
})

describe('brandScore', () => {
  it('is 100 minus 10 per error and 3 per warning, never below 0', () => {
    expect(brandScore(0, 0)).toBe(100)
    expect(brandScore(2, 3)).toBe(71)
    expect(brandScore(11, 0)).toBe(0)
  })
})
