/**
 * What the website reads for SEO: `seo` (meta title/description with defaults, social image in the 1200×630 `og`
 * size, canonical URL, noindex, hreflang alternates) and schema.org `jsonLd` on `deliveredItem` and
 * `personalizedContent`, on both delivery endpoints; meta lengths checked by the brand gate.
 */
import sharp from 'sharp'

import { createStaff, lexical, publishApproved } from './helpers/fixtures'
import { uploadForm, validVtt } from './helpers/files'
import { apiClient } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'
import { setEnv, startFastPath } from './helpers/website'

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>
let fast: Awaited<ReturnType<typeof startFastPath>>
let editorToken: string

const SITE = 'https://www.hospital.example'
const env = { CAREPATH_SITE_NAME: 'Carepath Community Hospital', CAREPATH_SITE_PATH_EVENTS: '/{locale}/classes/{slug}', CAREPATH_SITE_URL: SITE }
let restoreEnv: () => void

beforeAll(async () => {
  restoreEnv = setEnv(env)
  carepath = await bootCarepath()
  api = apiClient(carepath.config)
  const { payload } = carepath
  editorToken = (await createStaff(payload, ['editor'], 'editor')).token
  const type2 = await payload.create({ collection: 'conditions', data: { icd10Codes: ['E11.9'], name: 'Type 2 diabetes', slug: 'type-2-diabetes', snomedCodes: ['44054006'] } })
  const png = await sharp({ create: { background: '#3366aa', channels: 3, height: 900, width: 1600 } }).png().toBuffer()
  const hero = await payload.create({ collection: 'media', data: { alt: 'A nurse checking blood sugar' }, file: { data: png, mimetype: 'image/png', name: 'hero.png', size: png.length } })
  const captions = await api.rest('POST', 'caption-files', { auth: { token: editorToken }, form: uploadForm(validVtt(), 'sugar.vtt', 'text/vtt') })

  const article = await publishApproved(payload, {
    collection: 'articles',
    data: {
      body: lexical('Plain words about your health.'),
      conditions: [type2.id],
      heroImage: hero.id,
      meta: { description: 'How to check your blood sugar at home, what the numbers mean, and when to call your care team.', title: 'Checking blood sugar at home' },
      stages: ['acceptance'],
      summary: 'A short guide to checking your blood sugar.',
      title: 'How to check your blood sugar',
    },
  })
  await publishApproved(payload, { collection: 'articles', data: { summary: 'Una guía corta.', title: 'Cómo medir el azúcar en la sangre' }, id: article.id, locale: 'es' })
  await publishApproved(payload, {
    collection: 'articles',
    data: { body: lexical('Plain words.'), conditions: [type2.id], meta: { noindex: true }, stages: ['acceptance'], title: 'Internal campaign page' },
  })
  await publishApproved(payload, {
    collection: 'events',
    data: {
      attendance: 'hybrid', capacity: 20, conditions: [type2.id], endsAt: '2099-02-01T16:00:00Z', kind: 'class',
      location: { city: 'Springfield', name: 'Carepath Community Hospital', postalCode: '62701', state: 'IL', street: '100 Main St' },
      registrationUrl: 'https://www.hospital.example/register', stages: ['acceptance'], startsAt: '2099-02-01T15:00:00Z', status: 'scheduled',
      timeZone: 'America/Chicago', title: 'Diabetes cooking class', virtualUrl: 'https://meet.example.org/cooking',
    },
  })
  await publishApproved(payload, {
    collection: 'videos',
    data: {
      captions: captions.body.doc.id, conditions: [type2.id], durationSeconds: 185, source: 'external', stages: ['acceptance'],
      thumbnail: hero.id, title: 'Checking your sugar, step by step', transcript: lexical('Wash your hands. Prick the side of your finger.'), url: 'https://youtu.be/dQw4w9WgXcQ',
    },
  })
  // An uploaded MP4 (the ftyp header is what the upload check reads).
  const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42'), Buffer.from([0, 0, 0, 0]), Buffer.from('mp42isom'), Buffer.alloc(64)])
  const file = await payload.create({ collection: 'video-files', data: {}, file: { data: mp4, mimetype: 'video/mp4', name: 'feet.mp4', size: mp4.length } })
  await publishApproved(payload, {
    collection: 'videos',
    data: { captions: captions.body.doc.id, durationSeconds: 60, source: 'upload', stages: ['awareness'], thumbnail: hero.id, title: 'Checking your feet', transcript: lexical('Look at your feet every day.'), videoFile: file.id },
  })
  fast = await startFastPath(payload)
})

afterAll(async () => {
  await fast?.stop()
  await carepath?.shutdown()
  restoreEnv?.()
})

const ITEM = `query ($type: DeliveryContentType!, $slug: String!, $locale: DeliveryLocale) {
  deliveredItem(type: $type, slug: $slug, locale: $locale) {
    ... on DeliveredContent { title jsonLd seo { url title description canonicalURL noindex image { url width height alt } alternates { locale url } } }
  }
}`

/** Both delivery endpoints answer the same; the test reads both and compares. */
async function item(variables: Record<string, unknown>) {
  const viaPayload = await api.graphql(ITEM, variables)
  const viaFastPath = await fast.graphql(ITEM, variables)
  expect(viaPayload.body.errors).toBeUndefined()
  expect(viaFastPath.body).toEqual(viaPayload.body)
  const delivered = viaPayload.body.data.deliveredItem
  return { ...delivered, ld: JSON.parse(delivered.jsonLd) }
}

describe('seo fields', () => {
  it('serve the editor\'s meta title and description, the og-size social image, the page URL and hreflang alternates', async () => {
    const { seo } = await item({ slug: 'how-to-check-your-blood-sugar', type: 'articles' })
    expect(seo).toMatchObject({
      canonicalURL: `${SITE}/health-library/how-to-check-your-blood-sugar`,
      description: 'How to check your blood sugar at home, what the numbers mean, and when to call your care team.',
      noindex: false,
      title: 'Checking blood sugar at home',
      url: `${SITE}/health-library/how-to-check-your-blood-sugar`,
    })
    expect(seo.image).toMatchObject({ alt: 'A nurse checking blood sugar', height: 630, width: 1200 })
    expect(seo.image.url).toMatch(/^http.*hero-1200x630\.png$/)
    expect(seo.alternates).toEqual([
      { locale: 'en', url: `${SITE}/health-library/how-to-check-your-blood-sugar` },
      { locale: 'es', url: `${SITE}/es/health-library/how-to-check-your-blood-sugar` },
    ])
  })

  it('default to the title and summary when the editor wrote no meta text, and say noindex', async () => {
    const spanish = await item({ locale: 'es', slug: 'how-to-check-your-blood-sugar', type: 'articles' })
    expect(spanish.seo).toMatchObject({ description: 'Una guía corta.', title: 'Cómo medir el azúcar en la sangre', url: `${SITE}/es/health-library/how-to-check-your-blood-sugar` })
    const hidden = await item({ slug: 'internal-campaign-page', type: 'articles' })
    expect(hidden.seo).toMatchObject({ description: null, noindex: true, title: 'Internal campaign page' })
  })

  it('a meta title or description outside the limits is a brand-check finding', async () => {
    const res = await api.rest('POST', 'articles?draft=true', {
      auth: { token: editorToken },
      body: { body: lexical('Plain words.'), meta: { description: 'Too short.', title: 'A meta title that goes on and on well past what any search result will show' }, stages: ['awareness'], title: 'Meta lengths' },
    })
    expect(res.status).toBe(201)
    const findings = res.body.doc.brandCheck.findings.filter((f: { rule: string }) => f.rule === 'metaLength')
    expect(findings.map((f: { path: string; message: string }) => [f.path, f.message])).toEqual([
      ['meta.title', expect.stringMatching(/^The meta title is 75 characters; shorten it to 60 or fewer/)],
      ['meta.description', expect.stringMatching(/^The meta description is 10 characters; lengthen it to at least 70/)],
    ])
  })
})

describe('JSON-LD', () => {
  it('articles are a MedicalWebPage about the condition, with its codes, for patients, with the medical review', async () => {
    const { ld } = await item({ slug: 'how-to-check-your-blood-sugar', type: 'articles' })
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      about: {
        '@type': 'MedicalCondition',
        code: [
          { '@type': 'MedicalCode', codeValue: 'E11.9', codingSystem: 'ICD-10-CM' },
          { '@type': 'MedicalCode', codeValue: '44054006', codingSystem: 'SNOMED CT' },
        ],
        name: 'Type 2 diabetes',
      },
      audience: { '@type': 'Patient' },
      inLanguage: 'en',
      lastReviewed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      name: 'How to check your blood sugar',
      publisher: { '@type': 'Organization', name: 'Carepath Community Hospital', url: SITE },
      reviewedBy: { '@type': 'Person', name: expect.stringContaining('Fixture Reviewer') },
      url: `${SITE}/health-library/how-to-check-your-blood-sugar`,
    })
  })

  it('events are an Event with status, both locations and the start in the event\'s time zone', async () => {
    const { ld } = await item({ slug: 'diabetes-cooking-class', type: 'events' })
    expect(ld).toMatchObject({
      '@type': 'Event',
      endDate: '2099-02-01T10:00:00-06:00',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: [
        { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Springfield', streetAddress: '100 Main St' }, name: 'Carepath Community Hospital' },
        { '@type': 'VirtualLocation', url: 'https://meet.example.org/cooking' },
      ],
      offers: { '@type': 'Offer', url: 'https://www.hospital.example/register' },
      organizer: { '@type': 'Organization', name: 'Carepath Community Hospital' },
      startDate: '2099-02-01T09:00:00-06:00',
      url: `${SITE}/en/classes/diabetes-cooking-class`,
    })
  })

  it('videos are a VideoObject with an ISO 8601 duration, transcript and captions', async () => {
    const { ld } = await item({ slug: 'checking-your-sugar-step-by-step', type: 'videos' })
    expect(ld).toMatchObject({
      '@type': 'VideoObject',
      caption: [{ '@type': 'MediaObject', contentUrl: expect.stringMatching(/sugar\.vtt$/), encodingFormat: 'text/vtt', inLanguage: 'en' }],
      duration: 'PT3M5S',
      embedUrl: 'https://youtu.be/dQw4w9WgXcQ',
      thumbnailUrl: expect.stringMatching(/hero-1200x630\.png$/),
      transcript: 'Wash your hands. Prick the side of your finger.',
      uploadDate: expect.any(String),
    })
  })

  it('uploaded videos point at Carepath\'s file (contentUrl), not an embed', async () => {
    const { ld } = await item({ slug: 'checking-your-feet', type: 'videos' })
    expect(ld.contentUrl).toMatch(/^http.*\/feet\.mp4$/)
    expect(ld).not.toHaveProperty('embedUrl')
    expect(ld.duration).toBe('PT1M')
  })

  it('personalizedContent carries jsonLd for every item', async () => {
    const query = `{ personalizedContent(profile: { conditions: ["type-2-diabetes"] }, limit: 10) { slug jsonLd } }`
    const res = await fast.graphql(query)
    expect(res.body.errors).toBeUndefined()
    const items = res.body.data.personalizedContent as Array<{ jsonLd: string; slug: string }>
    expect(items.length).toBe(4)
    const types = Object.fromEntries(items.map((i) => [i.slug, JSON.parse(i.jsonLd)['@type']]))
    expect(types).toEqual({
      'checking-your-sugar-step-by-step': 'VideoObject',
      'diabetes-cooking-class': 'Event',
      'how-to-check-your-blood-sugar': 'MedicalWebPage',
      'internal-campaign-page': 'MedicalWebPage',
    })
  })
})
