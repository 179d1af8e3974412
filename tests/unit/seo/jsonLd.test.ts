import { buildJsonLd, inTimeZone, isoDuration, type JsonLdInput } from '@/seo/jsonLd'

/**
 * The part of the schema.org vocabulary (https://schema.org, version 29) Carepath's JSON-LD uses: each type's parents
 * and the properties it defines. A property is valid on a type when the type or one of its ancestors defines it.
 */
const VOCABULARY: Record<string, { parents: string[]; properties: string[] }> = {
  Thing: { parents: [], properties: ['name', 'description', 'url', 'image', 'identifier', 'sameAs', 'alternateName'] },
  CreativeWork: {
    parents: ['Thing'],
    properties: ['about', 'audience', 'inLanguage', 'datePublished', 'dateModified', 'publisher', 'headline', 'author', 'thumbnailUrl', 'keywords', 'text'],
  },
  WebPage: { parents: ['CreativeWork'], properties: ['lastReviewed', 'reviewedBy', 'breadcrumb', 'mainContentOfPage', 'primaryImageOfPage', 'relatedLink', 'specialty'] },
  MedicalWebPage: { parents: ['WebPage'], properties: ['medicalAudience'] },
  MediaObject: { parents: ['CreativeWork'], properties: ['contentUrl', 'embedUrl', 'duration', 'encodingFormat', 'uploadDate', 'height', 'width'] },
  VideoObject: { parents: ['MediaObject'], properties: ['caption', 'transcript', 'thumbnail', 'embeddedTextCaption', 'videoQuality'] },
  Event: {
    parents: ['Thing'],
    properties: ['about', 'audience', 'startDate', 'endDate', 'eventStatus', 'eventAttendanceMode', 'location', 'offers', 'organizer', 'performer', 'inLanguage', 'doorTime', 'duration'],
  },
  Place: { parents: ['Thing'], properties: ['address', 'geo', 'telephone'] },
  Intangible: { parents: ['Thing'], properties: [] },
  VirtualLocation: { parents: ['Intangible'], properties: [] },
  StructuredValue: { parents: ['Intangible'], properties: [] },
  ContactPoint: { parents: ['StructuredValue'], properties: ['telephone', 'email'] },
  PostalAddress: { parents: ['ContactPoint'], properties: ['streetAddress', 'addressLocality', 'addressRegion', 'postalCode', 'addressCountry'] },
  Offer: { parents: ['Intangible'], properties: ['availability', 'price', 'priceCurrency', 'validFrom'] },
  Organization: { parents: ['Thing'], properties: ['logo', 'address', 'telephone'] },
  Person: { parents: ['Thing'], properties: ['jobTitle', 'honorificSuffix', 'affiliation'] },
  MedicalEntity: { parents: ['Thing'], properties: ['code', 'guideline', 'legalStatus', 'recognizingAuthority', 'relevantSpecialty', 'study'] },
  MedicalCondition: { parents: ['MedicalEntity'], properties: ['associatedAnatomy', 'possibleTreatment', 'riskFactor', 'signOrSymptom'] },
  MedicalIntangible: { parents: ['MedicalEntity'], properties: [] },
  DefinedTerm: { parents: ['Intangible'], properties: ['termCode', 'inDefinedTermSet'] },
  CategoryCode: { parents: ['DefinedTerm'], properties: ['codeValue', 'inCodeSet'] },
  MedicalCode: { parents: ['MedicalIntangible', 'CategoryCode'], properties: ['codeValue', 'codingSystem'] },
  Audience: { parents: ['Intangible'], properties: ['audienceType', 'geographicArea'] },
  PeopleAudience: { parents: ['Audience'], properties: ['healthCondition', 'requiredGender'] },
  MedicalAudience: { parents: ['Audience', 'PeopleAudience'], properties: [] },
  Patient: { parents: ['MedicalAudience', 'Person'], properties: ['diagnosis', 'drug', 'healthCondition'] },
}

/** Enumeration members the vocabulary defines for the enumerated properties used. */
const ENUMERATIONS: Record<string, string[]> = {
  availability: ['InStock', 'SoldOut', 'LimitedAvailability', 'OutOfStock', 'PreOrder'],
  eventAttendanceMode: ['OfflineEventAttendanceMode', 'OnlineEventAttendanceMode', 'MixedEventAttendanceMode'],
  eventStatus: ['EventCancelled', 'EventMovedOnline', 'EventPostponed', 'EventRescheduled', 'EventScheduled'],
}

/** What search engines require of each top-level type to show a rich result, plus what the brief asks of ours. */
const REQUIRED: Record<string, string[]> = {
  Event: ['name', 'startDate', 'location', 'eventStatus', 'url'],
  MedicalCode: ['codeValue', 'codingSystem'],
  MedicalWebPage: ['name', 'url', 'audience', 'inLanguage'],
  VideoObject: ['name', 'thumbnailUrl', 'uploadDate', 'duration'],
}

const definedOn = (type: string, property: string): boolean => {
  const entry = VOCABULARY[type]
  if (!entry) return false
  return entry.properties.includes(property) || entry.parents.some((parent) => definedOn(parent, property))
}

/** Every problem with a JSON-LD tree: unknown types, properties not defined for the type, bad enumeration values, missing required properties, empty values. */
function problems(node: unknown, path = '$'): string[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => problems(n, `${path}[${i}]`))
  if (!node || typeof node !== 'object') return []
  const record = node as Record<string, unknown>
  const type = record['@type']
  if (typeof type !== 'string' || !VOCABULARY[type]) return [`${path}: unknown @type ${String(type)}`]
  const found: string[] = []
  for (const [property, value] of Object.entries(record)) {
    if (property.startsWith('@')) continue
    if (!definedOn(type, property)) found.push(`${path}.${property}: not a property of ${type}`)
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) found.push(`${path}.${property}: empty`)
    if (ENUMERATIONS[property] && !ENUMERATIONS[property].map((m) => `https://schema.org/${m}`).includes(value as string)) found.push(`${path}.${property}: ${String(value)} is not a member`)
    found.push(...problems(value, `${path}.${property}`))
  }
  for (const property of REQUIRED[type] ?? []) if (!(property in record)) found.push(`${path}: ${type} needs ${property}`)
  return found
}

const base: JsonLdInput = {
  conditions: [{ icd10: ['E11.9'], name: 'Type 2 diabetes', snomed: ['44054006'] }],
  description: 'What type 2 diabetes is.',
  image: 'https://cms.example/api/media/file/hero-1200x630.png',
  locale: 'en',
  medicalReviewedAt: '2026-10-01T00:00:00.000Z',
  medicalReviewer: 'Rosa Reviewer, MD',
  publishedAt: '2026-10-02T00:00:00.000Z',
  publisher: { name: 'Carepath Community Hospital', url: 'https://www.hospital.example' },
  title: 'What is type 2 diabetes?',
  type: 'articles',
  updatedAt: '2026-10-03T00:00:00.000Z',
  url: 'https://www.hospital.example/health-library/what-is-type-2-diabetes',
}
const event: JsonLdInput['event'] = {
  attendance: 'hybrid',
  endsAt: '2027-07-01T17:00:00Z',
  location: { city: 'Springfield', name: 'Conference Room B', postalCode: '62701', state: 'IL', street: '100 Main St' },
  registrationUrl: 'https://www.hospital.example/register',
  startsAt: '2027-07-01T15:00:00Z',
  status: 'full',
  timeZone: 'America/Chicago',
  virtualUrl: 'https://meet.example.org/x',
}
const video: JsonLdInput['video'] = {
  captions: [{ locale: 'en', url: 'https://cms.example/captions.vtt' }],
  durationSeconds: 3725,
  source: 'external',
  transcript: 'Hello.',
  url: 'https://youtu.be/dQw4w9WgXcQ',
}

/** What a page would embed: serialized and parsed again, as a crawler reads it. */
const parsed = (input: JsonLdInput) => JSON.parse(JSON.stringify(buildJsonLd(input))) as Record<string, any>

describe('JSON-LD against the schema.org vocabulary', () => {
  it.each([
    ['an article', base],
    ['a pamphlet with no review, image or conditions', { ...base, conditions: [], image: null, medicalReviewedAt: null, medicalReviewer: null, type: 'pamphlets' as const }],
    ['an event', { ...base, event, type: 'events' as const }],
    ['a virtual, cancelled event', { ...base, event: { ...event, attendance: 'virtual', location: null, registrationUrl: null, status: 'cancelled' }, type: 'events' as const }],
    ['a video', { ...base, type: 'videos' as const, video }],
    ['an uploaded video in Spanish with two conditions', { ...base, conditions: [...base.conditions, { icd10: [], name: 'Prediabetes', snomed: ['714628002'] }], locale: 'es' as const, type: 'videos' as const, video: { ...video, source: 'upload', url: 'https://cms.example/v.mp4' } }],
  ])('%s uses only defined types, properties and enumeration members, with every required property', (_name, input) => {
    const ld = parsed(input)
    expect(ld['@context']).toBe('https://schema.org')
    expect(problems(ld)).toEqual([])
  })

  it('the checker catches what it should (a misspelt property, a missing required one, a wrong status)', () => {
    expect(problems({ '@type': 'Event', eventStatus: 'https://schema.org/Scheduled', nme: 'x' })).toEqual([
      '$.eventStatus: https://schema.org/Scheduled is not a member',
      '$.nme: not a property of Event',
      '$: Event needs name',
      '$: Event needs startDate',
      '$: Event needs location',
      '$: Event needs url',
    ])
  })

  it('articles: MedicalWebPage about a MedicalCondition with ICD-10-CM and SNOMED CT codes, reviewed', () => {
    const ld = parsed(base)
    expect(ld['@type']).toBe('MedicalWebPage')
    expect(ld.about.code).toEqual([
      { '@type': 'MedicalCode', codeValue: 'E11.9', codingSystem: 'ICD-10-CM' },
      { '@type': 'MedicalCode', codeValue: '44054006', codingSystem: 'SNOMED CT' },
    ])
    expect(ld).toMatchObject({ audience: { '@type': 'Patient' }, inLanguage: 'en', lastReviewed: '2026-10-01', reviewedBy: { '@type': 'Person', name: 'Rosa Reviewer, MD' } })
  })

  it('events: a full event is still scheduled and sold out; times are in the event\'s zone', () => {
    const ld = parsed({ ...base, event, type: 'events' })
    expect(ld).toMatchObject({ eventStatus: 'https://schema.org/EventScheduled', offers: { availability: 'https://schema.org/SoldOut' }, startDate: '2027-07-01T10:00:00-05:00' })
    expect(ld).not.toHaveProperty('datePublished')
  })

  it('writes durations and zoned times in ISO 8601', () => {
    expect([isoDuration(0), isoDuration(59), isoDuration(185), isoDuration(3600), isoDuration(3725)]).toEqual(['PT0S', 'PT59S', 'PT3M5S', 'PT1H', 'PT1H2M5S'])
    expect(inTimeZone('2099-02-01T15:00:00Z', 'America/Chicago')).toBe('2099-02-01T09:00:00-06:00')
    expect(inTimeZone('2027-07-01T15:00:00Z', 'America/New_York')).toBe('2027-07-01T11:00:00-04:00')
    expect(inTimeZone('2027-07-01T15:00:00Z', 'UTC')).toBe('2027-07-01T15:00:00+00:00')
    expect(inTimeZone('2027-07-01T15:00:00Z', 'Asia/Kolkata')).toBe('2027-07-01T20:30:00+05:30')
  })
})
