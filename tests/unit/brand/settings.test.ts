import { brandRules } from '@/brand/engine'
import {
  DEFAULT_SEVERITIES,
  brandGuidelineSettingsSchema,
  defaultBrandSettings,
  findingSchema,
} from '@/brand/settings'

describe('brandGuidelineSettingsSchema', () => {
  it('parses an empty object into the complete default guideline set', () => {
    const s = brandGuidelineSettingsSchema.parse({})
    expect(s.readability).toEqual({ maxGrade: 8, formula: 'smog', minWords: 30 })
    expect(s.structure).toEqual({
      titleMaxLength: 70,
      summaryMaxLength: 300,
      maxExclamations: 1,
      bannedLinkTexts: expect.arrayContaining(['click here', 'read more', 'here', 'more', 'link']),
    })
    expect(s.medicalReview).toEqual({ maxAgeMonths: 24 })
    expect(s.claims.minCitations).toBe(1)
    expect(s.claims.words.map((w) => w.word)).toEqual(expect.arrayContaining(['cure', 'guaranteed', 'miracle', 'best', '100%']))
    expect(s.requiredDisclaimer).toEqual({ articles: null, pamphlets: null, videos: null, events: null })
    expect(s.severity).toEqual(DEFAULT_SEVERITIES)
  })

  it('ships realistic terminology in both languages', () => {
    const byTerm = new Map(defaultBrandSettings.terminology.map((t) => [t.term, t]))
    expect(byTerm.get('sugar diabetes')).toMatchObject({ replacement: 'diabetes', locale: 'en' })
    expect(byTerm.get('diabetic')).toMatchObject({ replacement: 'person with diabetes', locale: 'en' })
    expect(byTerm.get('victim')).toMatchObject({ replacement: 'person who had' })
    expect(byTerm.get('suffers from')).toMatchObject({ replacement: 'lives with' })
    expect(byTerm.get('non-compliant')).toBeDefined()
    expect(byTerm.get('diabético')).toMatchObject({ replacement: 'persona con diabetes', locale: 'es' })
  })

  it('keeps defaults for everything an override does not mention', () => {
    const s = brandGuidelineSettingsSchema.parse({
      severity: { claims: 'error', exclamations: 'off' },
      readability: { maxGrade: 6 },
      requiredDisclaimer: { pamphlets: 'snip-1' },
    })
    expect(s.severity.claims).toBe('error')
    expect(s.severity.exclamations).toBe('off')
    expect(s.severity.terminology).toBe('error')
    expect(s.readability).toEqual({ maxGrade: 6, formula: 'smog', minWords: 30 })
    expect(s.requiredDisclaimer).toEqual({ articles: null, pamphlets: 'snip-1', videos: null, events: null })
  })

  it('accepts a severity for a rule added later, and rejects unknown severities and bad numbers', () => {
    expect(brandGuidelineSettingsSchema.parse({ severity: { jargon: 'warning' } }).severity.jargon).toBe('warning')
    expect(() => brandGuidelineSettingsSchema.parse({ severity: { claims: 'fatal' } })).toThrow()
    expect(() => brandGuidelineSettingsSchema.parse({ readability: { formula: 'gunningFog' } })).toThrow()
    expect(() => brandGuidelineSettingsSchema.parse({ structure: { titleMaxLength: 0 } })).toThrow()
    expect(() => brandGuidelineSettingsSchema.parse({ terminology: [{ term: '', replacement: 'x', reason: 'y' }] })).toThrow()
  })

  it('defaults every registered rule to the severity the rule declares, and names each rule once', () => {
    const ids = brandRules.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const rule of brandRules) {
      expect(defaultBrandSettings.severity[rule.id]).toBe(rule.defaultSeverity)
      expect(rule.label.trim()).not.toBe('')
    }
  })
})

describe('findingSchema', () => {
  it('accepts an error or warning finding and rejects an "off" one', () => {
    const finding = { rule: 'terminology', severity: 'error', path: 'body.0', message: "'victim' is not allowed" }
    expect(findingSchema.parse(finding)).toEqual(finding)
    expect(() => findingSchema.parse({ ...finding, severity: 'off' })).toThrow()
    expect(() => findingSchema.parse({ ...finding, message: undefined })).toThrow()
  })
})
