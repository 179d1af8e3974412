import { paragraphsToLexical } from '@/seed/lexical'

import { createStaff, lexical, publishApproved, snippetBlock } from './helpers/fixtures'
import { makePdf, uploadForm, validVtt } from './helpers/files'
import { apiClient, type ApiResponse } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>
let token: string
let adminToken: string

beforeAll(async () => {
  carepath = await bootCarepath()
  api = apiClient(carepath.config)
  adminToken = (await createStaff(carepath.payload, ['admin'], 'admin')).token
  token = (await createStaff(carepath.payload, ['editor'], 'editor')).token
})

afterAll(async () => {
  await carepath?.shutdown()
})

/** Every message a client sees in an error response, field errors included. */
const messages = (res: ApiResponse): string =>
  ((res.body?.errors ?? []) as Array<{ data?: { errors?: Array<{ message: string }> }; message: string }>)
    .flatMap((e) => [e.message, ...(e.data?.errors ?? []).map((f) => f.message)])
    .join(' | ')
const post = (route: string, body: unknown) => api.rest('POST', route, { auth: { token }, body })

describe('conditions and clinical codes', () => {
  it('normalises ICD-10-CM codes and accepts valid SNOMED CT ids', async () => {
    const res = await post('conditions', { icd10Codes: ['e119', ' E11.65 '], name: 'Type 2 diabetes', snomedCodes: ['44054006'] })
    expect(res.status).toBe(201)
    expect(res.body.doc.icd10Codes).toEqual(['E11.9', 'E11.65'])
    expect(res.body.doc.slug).toBe('type-2-diabetes')
  })

  it('rejects malformed codes with the expected format in the message', async () => {
    const badIcd = await post('conditions', { icd10Codes: ['E1.19'], name: 'Broken ICD' })
    expect(badIcd.status).toBe(400)
    expect(messages(badIcd)).toMatch(/E1\.19.*not a valid ICD-10-CM code.*E11\.9/)

    const badSnomed = await post('conditions', { name: 'Broken SNOMED', snomedCodes: ['44054007'] })
    expect(badSnomed.status).toBe(400)
    expect(messages(badSnomed)).toMatch(/44054007/)
    expect(messages(badSnomed)).toMatch(/check digit/i)
    const { totalDocs } = await carepath.payload.count({ collection: 'conditions', where: { name: { like: 'Broken' } } })
    expect(totalDocs).toBe(0)
  })

  it('lets a code be shared only along one family line, and refuses cycles', async () => {
    const diabetes = await post('conditions', { icd10Codes: ['O24.4'], name: 'Diabetes', snomedCodes: ['73211009'] })
    expect(diabetes.status).toBe(201)
    const gestational = await post('conditions', {
      icd10Codes: ['O24.419', 'O24.4'],
      name: 'Gestational diabetes',
      parent: diabetes.body.doc.id,
      snomedCodes: ['11687002'],
    })
    expect(gestational.status).toBe(201)

    const unrelated = await post('conditions', { icd10Codes: ['O24.419'], name: 'Unrelated condition' })
    expect(unrelated.status).toBe(400)
    expect(messages(unrelated)).toMatch(/O24\.419/)
    expect(messages(unrelated)).toMatch(/Gestational diabetes/)

    const cycle = await api.rest('PATCH', `conditions/${diabetes.body.doc.id}`, {
      auth: { token },
      body: { parent: gestational.body.doc.id },
    })
    expect(cycle.status).toBe(400)
    expect(messages(cycle)).toMatch(/own parent or ancestor/)
    const stored = await carepath.payload.findByID({ collection: 'conditions', depth: 0, id: diabetes.body.doc.id })
    expect(stored.parent ?? null).toBeNull()
  })
})

describe('segments', () => {
  it('cannot be deleted while content uses them; the error lists where', async () => {
    const seg = await post('segments', { description: 'Parents in the first year', name: 'New moms' })
    expect(seg.status).toBe(201)
    const article = await publishApproved(carepath.payload, {
      collection: 'articles',
      data: { segments: [seg.body.doc.id], stages: ['retention'], title: 'Sleep tips for new moms' },
    })
    expect(article._status).toBe('published')

    const refused = await api.rest('DELETE', `segments/${seg.body.doc.id}`, { auth: { token } })
    expect(refused.status).toBe(400)
    expect(messages(refused)).toMatch(/used by 1 item \(articles "Sleep tips for new moms"\)/)
    expect(await carepath.payload.count({ collection: 'segments', where: { id: { equals: seg.body.doc.id } } })).toEqual({ totalDocs: 1 })

    // Targeting is metadata: the editor's draft keeps its approval, and a publisher puts it live.
    expect((await api.rest('PATCH', `articles/${article.id}?draft=true`, { auth: { token }, body: { segments: [] } })).status).toBe(200)
    expect((await api.rest('PATCH', `articles/${article.id}`, { auth: { token }, body: { _status: 'published' } })).status).toBe(403)
    expect((await api.rest('PATCH', `articles/${article.id}`, { auth: { token: adminToken }, body: { _status: 'published' } })).status).toBe(200)
    const allowed = await api.rest('DELETE', `segments/${seg.body.doc.id}`, { auth: { token } })
    expect(allowed.status).toBe(200)
  })
})

describe('snippets are reused by reference', () => {
  it('an edit to a snippet shows in every document that uses it; a snippet in use cannot be deleted', async () => {
    // A new snippet is live nowhere yet: its author may publish it.
    const snippet = await post('snippets', {
      _status: 'published',
      body: lexical('Call 911 if you have chest pain or trouble breathing.'),
      title: 'When to call 911',
    })
    expect(messages(snippet)).toBe('')
    expect(snippet.status).toBe(201)
    const id = snippet.body.doc.id

    const article = await publishApproved(carepath.payload, {
      collection: 'articles',
      data: {
        body: paragraphsToLexical(['Heart failure means your heart does not pump as well as it should.'], [snippetBlock(id)]),
        stages: ['awareness'],
        title: 'Living with heart failure',
      },
    })
    const pamphlet = await publishApproved(carepath.payload, {
      collection: 'pamphlets',
      data: { body: paragraphsToLexical(['Stroke signs come on fast.'], [snippetBlock(id)]), stages: ['awareness'], title: 'Stroke warning signs' },
    })
    expect(article._status).toBe('published')
    expect(pamphlet._status).toBe('published')
    expect((article.snippetRefs ?? []).map((s) => (typeof s === 'object' ? s.id : s))).toEqual([id])

    // A change to shared text is reviewed before it goes live everywhere: the editor's change is a draft.
    const change = { body: lexical('Call 911 right away for chest pain, trouble breathing, or sudden weakness.') }
    const published = await api.rest('PATCH', `snippets/${id}`, { auth: { token }, body: change })
    expect(published.status).toBe(403)
    expect(messages(published)).toBe(
      'This snippet is shared by 2 published items; publishing a change updates all of them at once. Save your change as a draft: a medical reviewer reviews and publishes it.',
    )
    expect((await api.rest('PATCH', `snippets/${id}?draft=true`, { auth: { token }, body: change })).status).toBe(200)
    expect((await api.rest('GET', `snippets/${id}/reach`, { auth: { token } })).body).toEqual({ articles: 1, events: 0, pamphlets: 1, videos: 0 })
    const liveText = async () =>
      Promise.all(([['articles', article.id], ['pamphlets', pamphlet.id]] as const).map(async ([type, docId]) => JSON.stringify((await api.rest('GET', `${type}/${docId}?depth=2`)).body.body)))
    for (const text of await liveText()) expect(text).toContain('if you have chest pain')
    // Visitors and API clients never see the draft.
    expect(JSON.stringify((await api.rest('GET', `snippets/${id}?draft=true`)).body)).not.toContain('right away')

    const brandManager = (await createStaff(carepath.payload, ['brandManager'], 'brand-snippets')).token
    expect((await api.rest('PATCH', `snippets/${id}`, { auth: { token: brandManager }, body: { _status: 'published' } })).status).toBe(403)
    // Unticking "clinical" in the same save does not let a brand manager publish it either.
    expect((await api.rest('PATCH', `snippets/${id}`, { auth: { token: brandManager }, body: { _status: 'published', clinical: false } })).status).toBe(403)
    // The admin offers Publish only to whoever may publish it: it asks with the document and _status 'published'.
    const mayPublish = async (who: string) => (await api.rest('POST', `snippets/access/${id}`, { auth: { token: who }, body: { _status: 'published', clinical: true } })).body.update === true
    const maySave = async (who: string) => (await api.rest('POST', `snippets/access/${id}`, { auth: { token: who }, body: { _status: 'draft', clinical: true } })).body.update === true
    expect([await mayPublish(token), await mayPublish(brandManager)]).toEqual([false, false])
    expect([await maySave(token), await maySave(brandManager)]).toEqual([true, true])
    const reviewer = (await createStaff(carepath.payload, ['medicalReviewer'], 'reviewer-snippets', { credentials: 'MD' })).token
    expect((await api.rest('PATCH', `snippets/${id}`, { auth: { token: reviewer }, body: { _status: 'published' } })).status).toBe(200)
    expect(await mayPublish(reviewer)).toBe(true)

    for (const text of await liveText()) {
      expect(text).toContain('Call 911 right away for chest pain')
      expect(text).not.toContain('if you have chest pain')
    }
    // No copy is kept: the stored document holds only the reference.
    const raw = await carepath.payload.findByID({ collection: 'articles', depth: 0, id: article.id })
    expect(JSON.stringify(raw.body)).not.toContain('Call 911')

    const usedIn = await api.rest('GET', `snippets/${id}?depth=0`, { auth: { token } })
    expect(usedIn.body.usedInArticles.docs).toEqual([article.id])
    expect(usedIn.body.usedInPamphlets.docs).toEqual([pamphlet.id])
    expect(usedIn.body.usedInVideos.docs).toEqual([])

    const refused = await api.rest('DELETE', `snippets/${id}`, { auth: { token } })
    expect(refused.status).toBe(400)
    expect(messages(refused)).toMatch(/used by 2 items/)
    expect(messages(refused)).toMatch(/Living with heart failure/)
  })

  it('a brand manager publishes changes to a non-clinical snippet, and is offered Publish for it', async () => {
    const snippet = await post('snippets', { _status: 'published', body: lexical('Visit us any day from 8 am to 8 pm.'), clinical: false, title: 'Visiting hours' })
    expect(snippet.status).toBe(201)
    const id = snippet.body.doc.id
    const brandManager = (await createStaff(carepath.payload, ['brandManager'], 'brand-snippets-2')).token
    const access = await api.rest('POST', `snippets/access/${id}`, { auth: { token: brandManager }, body: { _status: 'published', clinical: false } })
    expect(access.body.update).toBe(true)
    const published = await api.rest('PATCH', `snippets/${id}`, { auth: { token: brandManager }, body: { _status: 'published', body: lexical('Visit us any day from 8 am to 9 pm.') } })
    expect(published.status).toBe(200)
  })
})

describe('content types', () => {
  it('articles count words and reading time', async () => {
    const words = Array.from({ length: 420 }, (_, i) => (i % 12 === 11 ? 'end.' : 'word')).join(' ')
    const res = await post('articles', { body: lexical(words), stages: ['awareness'], title: 'Counting words' })
    expect(res.status).toBe(201)
    expect(res.body.doc.wordCount).toBe(420)
    expect(res.body.doc.readingTimeMinutes).toBe(2)
  })

  it('pamphlets take real PDFs only and read their page count', async () => {
    const pdf = await api.rest('POST', 'documents', { auth: { token }, form: uploadForm(makePdf(3), 'asthma-plan.pdf', 'application/pdf') })
    expect(pdf.status).toBe(201)
    expect(pdf.body.doc.pageCount).toBe(3)

    const fake = await api.rest('POST', 'documents', {
      auth: { token },
      form: uploadForm(Buffer.from('<html>not a pdf</html>'), 'fake.pdf', 'application/pdf'),
    })
    expect(fake.status).toBe(400)
    expect(messages(fake)).toMatch(/Printable pamphlets must be PDF files/)

    const pamphlet = await publishApproved(carepath.payload, {
      collection: 'pamphlets',
      data: { pdf: pdf.body.doc.id, stages: ['retention'], summary: 'A printable plan for daily asthma care.', title: 'My asthma action plan' },
    })
    expect(pamphlet._status).toBe('published')
    expect((pamphlet.pdf as { pageCount?: number }).pageCount).toBe(3)
  })

  it('videos validate their link and captions', async () => {
    const ok = await post('videos', {
      durationSeconds: 185,
      source: 'external',
      stages: ['acceptance'],
      title: 'What is COPD?',
      url: 'https://youtu.be/dQw4w9WgXcQ',
    })
    expect(ok.status).toBe(201)

    const badLink = await post('videos', { source: 'external', stages: ['acceptance'], title: 'Bad link', url: 'https://example.com/video.mp4' })
    expect(badLink.status).toBe(400)
    expect(messages(badLink)).toMatch(/not a YouTube or Vimeo video link/)

    const captions = await api.rest('POST', 'caption-files', { auth: { token }, form: uploadForm(validVtt(), 'copd.vtt', 'text/vtt') })
    expect(captions.status).toBe(201)
    const badCaptions = await api.rest('POST', 'caption-files', {
      auth: { token },
      form: uploadForm(Buffer.from('WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nBackwards\n'), 'bad.vtt', 'text/vtt'),
    })
    expect(badCaptions.status).toBe(400)
    expect(messages(badCaptions)).toMatch(/not valid WebVTT \(line 3: End timestamp is not greater than start timestamp/)
  })

  it('events need an end after the start and a real time zone; ended events are past', async () => {
    const base = {
      attendance: 'in-person',
      capacity: 20,
      kind: 'class',
      location: { city: 'Springfield', name: 'Carepath Community Hospital', postalCode: '62701', state: 'IL', street: '100 Main St' },
      stages: ['conversion'],
      title: 'Childbirth class',
    }
    const backwards = await post('events', { ...base, endsAt: '2027-01-10T16:00:00Z', startsAt: '2027-01-10T18:00:00Z', timeZone: 'America/Chicago' })
    expect(backwards.status).toBe(400)
    expect(messages(backwards)).toMatch(/must end after it starts/)

    const badZone = await post('events', { ...base, endsAt: '2027-01-10T20:00:00Z', startsAt: '2027-01-10T18:00:00Z', timeZone: 'Central Time' })
    expect(badZone.status).toBe(400)
    expect(messages(badZone)).toMatch(/not an IANA time zone/)

    const virtualWithoutLink = await post('events', {
      ...base,
      attendance: 'virtual',
      endsAt: '2027-01-10T20:00:00Z',
      startsAt: '2027-01-10T18:00:00Z',
      timeZone: 'America/Chicago',
    })
    expect(virtualWithoutLink.status).toBe(400)
    expect(messages(virtualWithoutLink)).toMatch(/virtual meeting link is required/)

    const upcoming = await post('events', { ...base, endsAt: '2099-01-10T20:00:00Z', startsAt: '2099-01-10T18:00:00Z', timeZone: 'America/Chicago' })
    const ended = await post('events', { ...base, endsAt: '2020-01-10T20:00:00Z', startsAt: '2020-01-10T18:00:00Z', timeZone: 'America/Chicago', title: 'Old class' })
    expect(upcoming.status).toBe(201)
    expect(ended.status).toBe(201)
    expect(upcoming.body.doc.past).toBe(false)
    expect(ended.body.doc.past).toBe(true)
  })

  it('can all be created through GraphQL too', async () => {
    const res = await api.graphql(
      `mutation { createEvent(data: { title: "Diabetes support group", kind: support_group, stages: [retention], attendance: "virtual",
          virtualUrl: "https://meet.example.org/diabetes", registrationUrl: "https://example.org/register",
          startsAt: "2099-02-01T17:00:00Z", endsAt: "2099-02-01T18:00:00Z", timeZone: "America/New_York" }) { id slug past } }`,
      {},
      { token },
    )
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.createEvent).toMatchObject({ past: false, slug: 'diabetes-support-group' })
  })
})

describe('languages, variants and duplication', () => {
  it('falls back to English for fields missing in Spanish and flags each language separately', async () => {
    const en = await post('articles', {
      stages: ['awareness'],
      summary: 'Flu shots protect you and your family.',
      title: 'Get your flu shot',
      translationComplete: true,
    })
    const id = en.body.doc.id
    const es = await api.rest('PATCH', `articles/${id}?locale=es`, { auth: { token }, body: { title: 'Vacúnese contra la gripe' } })
    expect(es.status).toBe(200)

    const readEs = await api.rest('GET', `articles/${id}?locale=es`, { auth: { token } })
    expect(readEs.body.title).toBe('Vacúnese contra la gripe')
    expect(readEs.body.summary).toBe('Flu shots protect you and your family.')
    expect(readEs.body.translationComplete).toBe(false)

    const noFallback = await api.rest('GET', `articles/${id}?locale=es&fallback-locale=none`, { auth: { token } })
    expect(noFallback.body.summary ?? null).toBeNull()
    const readEn = await api.rest('GET', `articles/${id}?locale=en`, { auth: { token } })
    expect(readEn.body.title).toBe('Get your flu shot')
    expect(readEn.body.translationComplete).toBe(true)
  })

  it('stores segment variants and duplicates an item under a new slug', async () => {
    const seg = await post('segments', { name: 'Spanish speakers' })
    const article = await post('articles', {
      stages: ['retention'],
      title: 'Managing gestational diabetes',
      variants: [{ segments: [seg.body.doc.id], summary: 'For Spanish-speaking new moms.', title: 'Managing gestational diabetes: for new moms' }],
    })
    expect(article.status).toBe(201)
    expect(article.body.doc.variants).toHaveLength(1)

    const copy = await carepath.payload.duplicate({ collection: 'articles', id: article.body.doc.id })
    const copy2 = await carepath.payload.duplicate({ collection: 'articles', id: article.body.doc.id })
    expect(copy.slug).toBe('managing-gestational-diabetes-copy')
    expect(copy2.slug).toBe('managing-gestational-diabetes-copy-2')
    expect(copy.variants).toHaveLength(1)
  })
})
