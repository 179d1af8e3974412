import { contentProfileSchema, parseContentProfile, profileCacheKey, type ContentProfile } from '@/privacy/profile'

const COARSE_ONLY =
  'profiles accept only coarse attributes (stage, segment and condition slugs, clinical codes, channel, locale), never patient identifiers'

/** Parses and returns the errors, failing the test if the input was accepted. */
function errorsFor(input: unknown): string[] {
  const result = parseContentProfile(input)
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to be rejected`)
  return result.errors
}

/** Parses and returns the profile, failing the test with the errors if it was rejected. */
function profileFor(input: unknown): ContentProfile {
  const result = parseContentProfile(input)
  if (!result.ok) throw new Error(result.errors.join('\n'))
  return result.profile
}

describe('parseContentProfile: accepted profiles', () => {
  it('accepts every attribute and normalizes lists and codes', () => {
    expect(
      profileFor({
        locale: 'es',
        stage: 'acceptance',
        segments: ['new-parents', 'adults-65-plus', 'new-parents'],
        conditions: ['type-2-diabetes', 'gestational-diabetes'],
        codes: [
          { system: 'SNOMEDCT', code: '44054006' },
          { system: 'ICD10CM', code: 'e119' },
          { system: 'ICD10CM', code: 'E11.9' },
        ],
        channel: 'portal',
      }),
    ).toEqual({
      stage: 'acceptance',
      segments: ['adults-65-plus', 'new-parents'],
      conditions: ['gestational-diabetes', 'type-2-diabetes'],
      codes: [
        { system: 'ICD10CM', code: 'E11.9' },
        { system: 'SNOMEDCT', code: '44054006' },
      ],
      channel: 'portal',
      locale: 'es',
    })
  })

  it('accepts an empty profile and drops empty lists', () => {
    expect(profileFor({})).toEqual({})
    expect(profileFor({ segments: [], codes: [] })).toEqual({})
  })

  it('accepts every real SNOMED CT concept id as a code, though a long number elsewhere is refused', () => {
    const ids = ['44054006', '11687002', '38341003', '6142004', '195967001', '84114007', '35489007', '13645005', '230690007', '73211009']
    expect(profileFor({ codes: ids.map((code) => ({ system: 'SNOMEDCT', code })) }).codes).toHaveLength(10)
    expect(errorsFor({ conditions: ['44054006'] })).toEqual([`profile.conditions[0] looks like a long number such as a medical record, account or phone number; ${COARSE_ONLY}`])
  })

  it('accepts code systems named by OID or display name, storing the canonical name', () => {
    expect(profileFor({ codes: [{ system: '2.16.840.1.113883.6.96', code: '84114007' }, { system: 'ICD-10-CM', code: 'i10' }] }).codes).toEqual([
      { system: 'ICD10CM', code: 'I10' },
      { system: 'SNOMEDCT', code: '84114007' },
    ])
  })

  it('accepts slugs at the 64-character limit and the maximum list sizes', () => {
    const longSlug = 'a'.repeat(64)
    const segments = Array.from({ length: 20 }, (_, i) => `segment-${String.fromCharCode(97 + i)}`)
    expect(profileFor({ segments: [...segments.slice(1), longSlug] }).segments).toHaveLength(20)
  })
})

describe('parseContentProfile: patient identifiers', () => {
  it('rejects an email address in a segment, saying where and what, never the value', () => {
    const errors = errorsFor({ segments: ['jane.doe@example.com'] })
    expect(errors).toEqual([`profile.segments[0] looks like an email address; ${COARSE_ONLY}`])
  })

  it.each([
    [{ segments: ['type-2-diabetes', '555-123-4567'] }, 'profile.segments[1]', 'a phone number'],
    [{ conditions: ['123-45-6789'] }, 'profile.conditions[0]', 'a US Social Security number'],
    [{ conditions: ['1980-01-02'] }, 'profile.conditions[0]', 'a date of birth'],
    [{ segments: ['mrn-0012345'] }, 'profile.segments[0]', 'a medical record or account number'],
    [{ segments: [5551234567] }, 'profile.segments[0]', 'a long number such as a medical record, account or phone number'],
    [{ stage: 'jane.doe@example.com' }, 'profile.stage', 'an email address'],
    [{ channel: '(555) 123-4567' }, 'profile.channel', 'a phone number'],
    [{ segments: ['Jane Doe'] }, 'profile.segments[0]', 'free text such as a name or note'],
    [{ codes: [{ system: 'ICD10CM', code: '123-45-6789' }] }, 'profile.codes[0].code', 'a US Social Security number'],
    [{ codes: [{ system: 'ICD10CM', code: '00123456' }] }, 'profile.codes[0].code', 'a long number'],
    [{ codes: [{ system: 'SNOMEDCT', code: 'jane@example.com' }] }, 'profile.codes[0].code', 'an email address'],
  ])('rejects %j at %s as %s', (input, where, what) => {
    const errors = errorsFor(input)
    expect(errors).toHaveLength(1)
    expect(errors[0]).toContain(`${where} looks like ${what}`)
    expect(errors[0]).toContain('never patient identifiers')
  })

  it('never repeats an offending value in any message', () => {
    const secrets = ['jane.doe@example.com', '555-123-4567', '123-45-6789', '1980-01-02', 'MRN0012345', 'Jane Doe', '98765432']
    const errors = errorsFor({
      stage: secrets[0],
      segments: secrets.slice(0, 4),
      conditions: secrets.slice(3),
      codes: [{ system: 'SNOMEDCT', code: secrets[6] }, { system: 'ICD10CM', code: secrets[4] }],
      channel: secrets[5],
      patient: { email: secrets[0], mrn: secrets[4] },
      [secrets[0]!]: true,
      [secrets[5]!]: secrets[1],
      [secrets[4]!]: 'x', // shaped like an attribute name, but an MRN
    })
    expect(errors.length).toBeGreaterThan(5)
    for (const message of errors) for (const secret of secrets) expect(message).not.toContain(secret)
  })

  it('does not name an unknown attribute whose name is itself an identifier', () => {
    expect(errorsFor({ 'jane.doe@example.com': true })).toEqual([
      `profile has an attribute whose name looks like an email address; ${COARSE_ONLY}`,
    ])
    expect(errorsFor({ 'Jane Doe': 'vip' })[0]).toMatch(/^profile has an attribute whose name looks like free text/)
  })

  it('explains identifier values under unknown attributes instead of only calling the attribute unknown', () => {
    expect(errorsFor({ mrn: '0012345678', email: 'jane@example.com' })).toEqual([
      `profile.mrn looks like a long number such as a medical record, account or phone number; ${COARSE_ONLY}`,
      `profile.email looks like an email address; ${COARSE_ONLY}`,
    ])
  })

  it('a mistyped SNOMED CT id is refused by its check digit, not called a record number', () => {
    expect(errorsFor({ codes: [{ system: 'SNOMEDCT', code: '44054007' }] })).toEqual([
      'profile.codes[0].code is not a valid SNOMED CT concept id: its check digit is wrong, so a digit is probably mistyped (for example 44054006 for type 2 diabetes mellitus)',
    ])
  })
})

describe('parseContentProfile: shape', () => {
  it('rejects unknown attributes, naming them and listing the accepted ones', () => {
    expect(errorsFor({ stage: 'awareness', zipCode: true })).toEqual([
      `profile.zipCode is not an accepted attribute (accepted: stage, segments, conditions, codes, channel, locale); ${COARSE_ONLY}`,
    ])
    expect(errorsFor({ codes: [{ system: 'ICD10CM', code: 'E11.9', display: 'diabetes' }] })[0]).toMatch(
      /^profile\.codes\[0\]\.display is not an accepted attribute \(accepted: system, code\)/,
    )
  })

  it('rejects prototype-polluting keys as unknown attributes', () => {
    expect(errorsFor(JSON.parse('{"__proto__": {"stage": "awareness"}}'))[0]).toMatch(/^profile\.__proto__ is not an accepted attribute/)
  })

  it.each([null, undefined, [], 42, true])('rejects %j as a profile', (input) => {
    expect(errorsFor(input)).toEqual(['profile must be an object with any of: stage, segments, conditions, codes, channel, locale'])
  })

  it('rejects values outside the enums, listing the allowed ones', () => {
    expect(errorsFor({ stage: 'Awareness', channel: 'fax', locale: 'fr' })).toEqual([
      'profile.stage must be one of awareness, acceptance, acquisition, conversion, retention',
      'profile.channel must be one of web, portal, email, sms',
      'profile.locale must be one of en, es',
    ])
  })

  it.each(['Type-2-Diabetes', 'type_2_diabetes', 'type--2', '-type-2', 'type-2-', 'café'])('rejects the non-slug %j', (slug) => {
    expect(errorsFor({ conditions: [slug] })).toEqual([expect.stringMatching(/^profile\.conditions\[0\] is not a slug: use lowercase letters/)])
  })

  it('rejects a slug longer than 64 characters', () => {
    expect(errorsFor({ segments: ['a'.repeat(65)] })).toEqual([expect.stringMatching(/^profile\.segments\[0\] is too long for a slug/)])
  })

  it('rejects too many entries', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => `slug-${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`)
    expect(errorsFor({ segments: many(21) })).toEqual(['profile.segments has too many entries: at most 20 segment slugs are accepted'])
    expect(errorsFor({ conditions: many(51) })).toEqual(['profile.conditions has too many entries: at most 50 condition slugs are accepted'])
    const codes = Array.from({ length: 51 }, () => ({ system: 'SNOMEDCT', code: '44054006' }))
    expect(errorsFor({ codes })).toEqual(['profile.codes has too many entries: at most 50 clinical codes are accepted'])
  })

  it('rejects wrong types with a hint of the right one', () => {
    expect(errorsFor({ segments: 'diabetes', codes: {} })).toEqual([
      'profile.segments must be a list of segment slugs (for example ["type-2-diabetes"])',
      'profile.codes must be a list of codes like {"system": "ICD10CM", "code": "E11.9"}',
    ])
  })

  it('rejects invalid codes and unknown code systems, pointing at the right field', () => {
    expect(
      errorsFor({
        codes: [
          { system: 'ICD10CM', code: 'E1.19' },
          { system: 'SNOMEDCT', code: '123456017' },
          { system: 'LOINC', code: '4548-4' },
          { system: 'ICD10CM' },
        ],
      }),
    ).toEqual([
      'profile.codes[0].code is not a valid ICD-10-CM code: expected a letter, a digit and a letter or digit, optionally followed by a dot and up to four letters or digits (for example E11.9 or O24.419)',
      'profile.codes[1].code is not a SNOMED CT concept id: it is a description id; use the concept id (for example 44054006 for type 2 diabetes mellitus)',
      'profile.codes[2].system is not a supported code system: use ICD10CM or SNOMEDCT (or their HL7 OIDs)',
      'profile.codes[3].code must be a code written as text (for example "E11.9" or "44054006")',
    ])
  })

  it('caps the number of messages for hostile input', () => {
    const errors = errorsFor(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`field${String.fromCharCode(97 + (i % 26))}${i}`, 1])))
    expect(errors).toHaveLength(26)
    expect(errors[25]).toMatch(/^…and \d+ more problems$/)
  })
})

describe('contentProfileSchema', () => {
  it('is strict and validates codes on its own', () => {
    expect(contentProfileSchema.safeParse({ stage: 'awareness', extra: 1 }).success).toBe(false)
    expect(contentProfileSchema.parse({ codes: [{ system: 'ICD10CM', code: 'o24419' }] })).toEqual({ codes: [{ system: 'ICD10CM', code: 'O24.419' }] })
  })
})

describe('profileCacheKey', () => {
  it('is the same for the same profile in any key, list or code order', () => {
    const a = profileFor({
      stage: 'awareness',
      segments: ['b-seg', 'a-seg'],
      codes: [{ system: 'SNOMEDCT', code: '44054006' }, { system: 'ICD10CM', code: 'E11.9' }],
      locale: 'en',
    })
    const b = profileFor({
      locale: 'en',
      codes: [{ system: 'ICD10CM', code: 'e119' }, { system: 'SNOMEDCT', code: '44054006' }],
      segments: ['a-seg', 'b-seg', 'a-seg'],
      stage: 'awareness',
    })
    expect(profileCacheKey(a)).toBe(profileCacheKey(b))
    expect(profileCacheKey(a)).toBe('profile:v1;stage=awareness;segments=a-seg,b-seg;codes=ICD10CM:E11.9,SNOMEDCT:44054006;locale=en')
  })

  it('normalizes profiles built by hand, too', () => {
    expect(profileCacheKey({ segments: ['b', 'a'], conditions: [] })).toBe(profileCacheKey({ segments: ['a', 'b'] }))
  })

  it('differs when any attribute differs, including which list a slug is in', () => {
    const keys = [
      {},
      { stage: 'awareness' },
      { stage: 'retention' },
      { segments: ['diabetes'] },
      { conditions: ['diabetes'] },
      { codes: [{ system: 'ICD10CM', code: 'E11' }] },
      { codes: [{ system: 'ICD10CM', code: 'E11.9' }] },
      { channel: 'web' },
      { locale: 'es' },
    ].map((profile) => profileCacheKey(profile as ContentProfile))
    expect(new Set(keys).size).toBe(keys.length)
  })
})
