import { validateSNOMEDCT, verhoeffCheckDigit, verhoeffValid } from '@/clinical/snomed'

const REAL_CONCEPTS: Array<[string, string]> = [
  ['44054006', 'type 2 diabetes mellitus'],
  ['11687002', 'gestational diabetes'],
  ['38341003', 'hypertensive disorder'],
  ['6142004', 'influenza'],
  ['195967001', 'asthma'],
  ['84114007', 'heart failure'],
  ['35489007', 'depressive disorder'],
  ['13645005', 'COPD'],
  ['230690007', 'stroke'],
  ['73211009', 'diabetes mellitus'],
]

/** Every single-digit change of `id` (each position, each other digit). */
const singleDigitMutations = (id: string): string[] =>
  [...id].flatMap((digit, i) =>
    '0123456789'
      .split('')
      .filter((d) => d !== digit)
      .map((d) => id.slice(0, i) + d + id.slice(i + 1)),
  )

describe('Verhoeff check digit', () => {
  it('matches the published worked example (236 → 2363)', () => {
    expect(verhoeffCheckDigit('236')).toBe(3)
    expect(verhoeffValid('2363')).toBe(true)
    expect(verhoeffValid('2364')).toBe(false)
  })

  it('catches adjacent transpositions', () => {
    expect(verhoeffValid('44054006')).toBe(true)
    expect(verhoeffValid('44504006')).toBe(false)
    expect(verhoeffValid('44054060')).toBe(false)
  })
})

describe('validateSNOMEDCT', () => {
  it.each(REAL_CONCEPTS)('accepts %s (%s)', (id) => {
    expect(validateSNOMEDCT(id)).toEqual({ ok: true, code: id })
  })

  it('trims surrounding whitespace', () => {
    expect(validateSNOMEDCT(' 44054006\n')).toEqual({ ok: true, code: '44054006' })
  })

  it('accepts a long-format (extension namespace) concept id', () => {
    expect(validateSNOMEDCT('11000004106').ok).toBe(true)
  })

  it.each(REAL_CONCEPTS)('rejects every single-digit typo of %s, saying the check digit is wrong', (id) => {
    for (const typo of singleDigitMutations(id).filter((t) => !t.startsWith('0'))) {
      const result = validateSNOMEDCT(typo)
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.message).toMatch(/check digit is wrong/)
    }
  })

  it('rejects a description id, naming what it is', () => {
    const result = validateSNOMEDCT('123456017') // valid check digit, partition 01
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toBe(
      '"123456017" is not a SNOMED CT concept id: it is a description id; use the concept id (for example 44054006 for type 2 diabetes mellitus)',
    )
  })

  it('rejects a relationship id', () => {
    const result = validateSNOMEDCT('123456029') // valid check digit, partition 02
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(/relationship id/)
  })

  it('rejects partitions that do not exist and extension ids without a namespace', () => {
    expect(validateSNOMEDCT('123456502')).toMatchObject({ ok: false, message: expect.stringMatching(/partition 50 does not exist/) })
    expect(validateSNOMEDCT('123106')).toMatchObject({ ok: false, message: expect.stringMatching(/7-digit namespace/) })
  })

  it.each([
    ['', /is empty/],
    ['4405400', /6 to 18 digits|check digit/],
    ['12345', /6 to 18 digits long/],
    ['1234567890123456789', /6 to 18 digits long/],
    ['044054006', /cannot start with 0/],
    ['44054006X', /digits only/],
    ['4405-4006', /digits only/],
    ['E11.9', /digits only/],
  ])('rejects %j', (raw, message) => {
    const result = validateSNOMEDCT(raw)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.message).toMatch(message)
  })

  it('keeps the value out of `reason`, so callers can report without echoing input', () => {
    const result = validateSNOMEDCT('44054007')
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.message).toContain('"44054007"')
      expect(result.reason).not.toContain('44054007')
    }
  })
})
