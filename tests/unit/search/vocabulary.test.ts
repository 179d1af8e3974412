import { ConditionVocabulary, type SearchCondition } from '@/search/vocabulary'

const conditions: SearchCondition[] = [
  { icd10: [], names: { en: 'Diabetes', es: 'Diabetes' }, parent: null, slug: 'diabetes', synonyms: { en: ['high blood sugar'], es: ['azúcar alta'] } },
  { icd10: ['E11.9'], names: { en: 'Type 2 diabetes', es: 'Diabetes tipo 2' }, parent: 'diabetes', slug: 'type-2-diabetes', synonyms: { en: ['T2D'] } },
  { icd10: ['O24.419'], names: { en: 'Gestational diabetes' }, parent: 'diabetes', slug: 'gestational-diabetes', synonyms: {} },
  { icd10: ['I10'], names: { en: 'Hypertension', es: 'Hipertensión' }, parent: null, slug: 'hypertension', synonyms: { en: ['high blood pressure'], es: ['presión alta'] } },
]
const vocabulary = new ConditionVocabulary(conditions)
const named = (query: string, options?: { prefix?: boolean }) => vocabulary.recognize(query, options).map((r) => `${r.condition}:${r.via}:${r.value}`)

describe('condition vocabulary', () => {
  it('expands synonyms in both languages, accents optional', () => {
    expect(named('high blood pressure')).toEqual(['hypertension:synonym:high blood pressure'])
    expect(named('presión alta')).toEqual(['hypertension:synonym:presión alta'])
    expect(named('presion alta')).toEqual(['hypertension:synonym:presión alta'])
    expect(named('tips for high blood sugar at night')).toEqual(['diabetes:synonym:high blood sugar'])
    expect(named('hipertension')).toEqual(['hypertension:name:Hipertensión'])
  })

  it('needs every word of a phrase: "blood pressure" alone names nothing', () => {
    expect(named('blood pressure')).toEqual([])
    expect(named('sugar')).toEqual([])
  })

  it('forgives typos, and unfinished last words with prefix', () => {
    expect(named('diabetis')).toEqual(['diabetes:name:Diabetes'])
    expect(named('hypertenson')).toEqual(['hypertension:name:Hypertension'])
    expect(named('hyperten')).toEqual([])
    expect(named('hyperten', { prefix: true })).toEqual(['hypertension:name:Hypertension'])
  })

  it('reads ICD-10-CM codes typed as text: exact, broader and narrower', () => {
    expect(named('E11.9')).toEqual(['type-2-diabetes:code:E11.9'])
    expect(named('e119')).toEqual(['type-2-diabetes:code:E11.9'])
    expect(named('e11')).toEqual(['type-2-diabetes:code:E11.9'])
    expect(named('E11.65')).toEqual([])
    expect(named('i10.0')).toEqual(['hypertension:code:I10'])
    expect(named('Z99')).toEqual([])
  })

  it('knows narrower conditions and names in each language', () => {
    expect(vocabulary.withNarrower('diabetes').sort()).toEqual(['diabetes', 'gestational-diabetes', 'type-2-diabetes'])
    expect(vocabulary.nameOf('hypertension', 'es')).toBe('Hipertensión')
    expect(vocabulary.nameOf('gestational-diabetes', 'es')).toBe('Gestational diabetes')
  })

  it('suggests the closest word it knows', () => {
    expect(vocabulary.closest('hipertensoin')?.word).toBe('hipertensión')
    expect(vocabulary.closest('zzzzqqq')).toBeUndefined()
  })
})

describe('overlapping names', () => {
  it('lets the longest phrase win', () => {
    expect(named('gestational diabetes')).toEqual(['gestational-diabetes:name:Gestational diabetes'])
    expect(named('diabetes and high blood pressure').sort()).toEqual(['diabetes:name:Diabetes', 'hypertension:synonym:high blood pressure'])
  })
})
