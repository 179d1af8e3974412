import { detectIdentifier } from '@/privacy/profile'

describe('detectIdentifier', () => {
  it.each([
    // Segment and condition slugs editors really use, including ones with numbers.
    'type-2-diabetes',
    'gestational-diabetes',
    'heart-failure',
    'copd',
    'covid-19',
    'adults-65-plus',
    'ages-18-64',
    'new-parents',
    'spanish-speaking',
    'medicare-advantage',
    'stage-3-ckd',
    'hba1c-above-9',
    'flu-season-2025',
    'pregnancy-week-24',
    'newborn-care',
    'mrna-vaccine',
    'email-subscribers',
    'telehealth',
    'adults-with-type-2-diabetes-and-kidney-disease',
    // Enum values and valid ICD-10-CM codes.
    'awareness',
    'email',
    'sms',
    'portal',
    'es',
    'E11.9',
    'O24.419',
    'S72.001A',
    'Z3A.01',
    'U07.1',
  ])('does not flag %j', (value) => {
    expect(detectIdentifier(value)).toBeNull()
  })

  it.each([
    ['jane.doe@example.com', 'an email address'],
    ['JANE+portal@Example.ORG', 'an email address'],
    ['@janedoe', 'an email address or social media handle'],
    ['(555) 123-4567', 'a phone number'],
    ['555-123-4567', 'a phone number'],
    ['555.123.4567', 'a phone number'],
    ['+1 555 123 4567', 'a phone number'],
    ['+44 20 7946 0958', 'a phone number'],
    ['555-1234', 'a phone number'],
    ['tel-5551234', 'a phone number'],
    ['123-45-6789', 'a US Social Security number'],
    ['123 45 6789', 'a US Social Security number'],
    ['ssn-6789', 'a US Social Security number'],
    ['1980-01-02', 'a date of birth'],
    ['01/02/1980', 'a date of birth'],
    ['1/2/80', 'a date of birth'],
    ['02.01.1980', 'a date of birth'],
    ['jan-5-1980', 'a date of birth'],
    ['5-jan-1980', 'a date of birth'],
    ['dob-1980', 'a date of birth'],
    ['MRN12345', 'a medical record or account number'],
    ['mrn-00123', 'a medical record or account number'],
    ['MR#4455', 'a medical record or account number'],
    ['medical-record-778', 'a medical record or account number'],
    ['patient-id-9', 'a medical record or account number'],
    ['https://portal.example.org/patient?id=1', 'a web address'],
  ])('flags %j as %s', (value, reason) => {
    expect(detectIdentifier(value)).toBe(reason)
  })

  it.each(['12345678', '5551234567', '19800102', '00123456', '44054006'])(
    'flags the long digit run %j, even a valid SNOMED CT id (allowed only as a code)',
    (value) => {
      expect(detectIdentifier(value)).toMatch(/long number such as a medical record/)
    },
  )

  it.each(['Jane Doe', 'diabetic patient seen on tuesday', 'a-b-c-d-e-f-g-h-i-j-k'])('flags free text %j', (value) => {
    expect(detectIdentifier(value)).toMatch(/^free text/)
  })

  it('checks the strongest signal first (an email that contains digits is still an email)', () => {
    expect(detectIdentifier('jdoe19800102@example.com')).toBe('an email address')
  })
})
