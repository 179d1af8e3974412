import { icd10Ancestors, normalizeICD10CM, validateICD10CM } from '@/clinical/icd10cm'

describe('normalizeICD10CM', () => {
  it.each([
    ['e119', 'E11.9'],
    ['O24419', 'O24.419'],
    ['  s72001a ', 'S72.001A'],
    ['E11', 'E11'],
    ['E11.', 'E11'],
    ['e11.65', 'E11.65'],
    ['z3a01', 'Z3A.01'],
  ])('writes %j as %j', (raw, expected) => {
    expect(normalizeICD10CM(raw)).toBe(expected)
  })
})

describe('validateICD10CM', () => {
  it.each(['E11.9', 'O24.419', 'S72.001A', 'Z3A.01', 'U07.1', 'E11', 'I10', 'C7A.010', 'M1A.0710'])('accepts %s', (code) => {
    expect(validateICD10CM(code)).toEqual({ ok: true, code })
  })

  it('returns the normalized code for sloppy but valid input', () => {
    expect(validateICD10CM(' e119 ')).toEqual({ ok: true, code: 'E11.9' })
    expect(validateICD10CM('o24419')).toEqual({ ok: true, code: 'O24.419' })
  })

  it.each([
    'E1.19', // dot in the wrong place
    '1E1.9', // starts with a digit
    'EE1.9', // second character must be a digit
    'E11.12345', // five characters after the dot
    'E11123456', // too long even once the dot is added
    'E1', // too short
    'E11..9',
    'E11-9',
    'E 11.9',
    '44054006', // a SNOMED concept id is not an ICD-10-CM code
  ])('rejects %j', (raw) => {
    expect(validateICD10CM(raw).ok).toBe(false)
  })

  it('explains the expected format with examples, quoting what was typed', () => {
    const result = validateICD10CM('E1.19')
    expect(result).toEqual({
      ok: false,
      message:
        '"E1.19" is not a valid ICD-10-CM code: expected a letter, a digit and a letter or digit, optionally followed by a dot and up to four letters or digits (for example E11.9 or O24.419)',
      reason: expect.not.stringContaining('E1.19'),
    })
  })

  it('says an empty code is required rather than quoting nothing', () => {
    const result = validateICD10CM('   ')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/ICD-10-CM code is empty.*for example E11\.9/)
  })
})

describe('icd10Ancestors', () => {
  it('broadens a code one character at a time, nearest first, down to the category', () => {
    expect(icd10Ancestors('E11.65')).toEqual(['E11.6', 'E11'])
    expect(icd10Ancestors('O24.419')).toEqual(['O24.41', 'O24.4', 'O24'])
    expect(icd10Ancestors('S72.001A')).toEqual(['S72.001', 'S72.00', 'S72.0', 'S72'])
    expect(icd10Ancestors('E11.9')).toEqual(['E11'])
  })

  it('normalizes before broadening', () => {
    expect(icd10Ancestors('e1165')).toEqual(['E11.6', 'E11'])
  })

  it('gives a category and an invalid code no ancestors', () => {
    expect(icd10Ancestors('E11')).toEqual([])
    expect(icd10Ancestors('E1.19')).toEqual([])
  })
})
