import { CODE_SYSTEMS, codeSystemByName, codeSystemByOID, resolveCodeSystem, validateClinicalCode } from '@/clinical/codeSystems'

describe('code systems', () => {
  it('carries the HL7 OIDs', () => {
    expect(CODE_SYSTEMS.ICD10CM.oid).toBe('2.16.840.1.113883.6.90')
    expect(CODE_SYSTEMS.SNOMEDCT.oid).toBe('2.16.840.1.113883.6.96')
  })

  it('finds a system by OID, with or without urn:oid:', () => {
    expect(codeSystemByOID('2.16.840.1.113883.6.90')?.name).toBe('ICD10CM')
    expect(codeSystemByOID('urn:oid:2.16.840.1.113883.6.96')?.name).toBe('SNOMEDCT')
    expect(codeSystemByOID('2.16.840.1.113883.6.9')).toBeUndefined()
  })

  it('finds a system by name or display name, ignoring case and punctuation', () => {
    expect(codeSystemByName('icd10cm')?.name).toBe('ICD10CM')
    expect(codeSystemByName('ICD-10-CM')?.name).toBe('ICD10CM')
    expect(codeSystemByName('snomed ct')?.name).toBe('SNOMEDCT')
    expect(codeSystemByName('ICD-9-CM')).toBeUndefined()
    expect(codeSystemByName('')).toBeUndefined()
  })

  it('resolves any reference form, including the FHIR URI', () => {
    expect(resolveCodeSystem('http://snomed.info/sct')?.name).toBe('SNOMEDCT')
    expect(resolveCodeSystem('Snomedct')?.name).toBe('SNOMEDCT')
    expect(resolveCodeSystem('2.16.840.1.113883.6.90')?.displayName).toBe('ICD-10-CM')
    expect(resolveCodeSystem('LOINC')).toBeUndefined()
  })
})

describe('validateClinicalCode', () => {
  it('normalizes ICD-10-CM codes and canonicalizes the system name', () => {
    expect(validateClinicalCode({ system: 'icd-10-cm', code: 'e119' })).toEqual({ ok: true, system: 'ICD10CM', code: 'E11.9' })
  })

  it('validates SNOMED CT concept ids, addressed by OID too', () => {
    expect(validateClinicalCode({ system: '2.16.840.1.113883.6.96', code: '44054006' })).toEqual({
      ok: true,
      system: 'SNOMEDCT',
      code: '44054006',
    })
  })

  it('dispatches to the right validator', () => {
    expect(validateClinicalCode({ system: 'SNOMEDCT', code: 'E11.9' }).ok).toBe(false)
    expect(validateClinicalCode({ system: 'ICD10CM', code: '44054006' }).ok).toBe(false)
    expect(validateClinicalCode({ system: 'SNOMEDCT', code: '44054007' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/check digit is wrong/),
    })
  })

  it('rejects an unknown system, listing the supported ones', () => {
    expect(validateClinicalCode({ system: 'LOINC', code: '4548-4' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/"LOINC" is not a supported code system: use ICD10CM or SNOMEDCT/),
    })
  })
})
