import { createStaff, lexical } from './helpers/fixtures'
import { apiClient, type ApiResponse } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>
let token: string

beforeAll(async () => {
  carepath = await bootCarepath()
  api = apiClient(carepath.config)
  await createStaff(carepath.payload, ['admin'], 'admin')
  token = (await createStaff(carepath.payload, ['editor'], 'editor')).token
})

afterAll(async () => {
  await carepath?.shutdown()
})

const messages = (res: ApiResponse): string =>
  ((res.body?.errors ?? []) as Array<{ data?: { errors?: Array<{ message: string }> }; message: string }>)
    .flatMap((e) => [e.message, ...(e.data?.errors ?? []).map((f) => f.message)])
    .join(' | ')
const saveDraft = (route: string, body: Record<string, unknown>) =>
  api.rest('POST', `${route}?draft=true`, { auth: { token }, body: { _status: 'draft', ...body } })

/** A Lexical body with one link (or autolink) node, as the admin's editor stores it. */
const bodyWithLink = (url: string, type: 'autolink' | 'link' = 'link') => {
  const body = lexical('See our page.') as unknown as { root: { children: Array<{ children: unknown[] }> } }
  body.root.children[0]!.children.push({
    type,
    children: [{ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: 'this page', version: 1 }],
    direction: 'ltr',
    fields: { linkType: 'custom', newTab: false, url },
    format: '',
    indent: 0,
    version: 3,
  })
  return body
}

const UNSAFE = ['javascript:alert(1)', 'JavaScript:alert(1)', ' java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', '//evil.example/x']
const SAFE = ['https://www.cdc.gov/diabetes', 'http://example.org/x', 'mailto:care@hospital.example', 'tel:+15555550100', '/conditions/asthma', '#top', 'page?x=1']

describe('links: only https, http, mailto, tel and relative, on drafts too', () => {
  it.each(UNSAFE)('refuses %j in a body link on a draft save, naming the field', async (url) => {
    const res = await saveDraft('articles', { body: bodyWithLink(url), title: 'Unsafe link' })
    expect(res.status).toBe(400)
    expect(messages(res)).toMatch(/The link .* in body .*(not allowed|protocol-relative)/)
  })

  it('refuses unsafe autolinks and links in variants, transcripts and snippets', async () => {
    expect((await saveDraft('articles', { body: bodyWithLink('javascript:alert(1)', 'autolink'), title: 'Auto' })).status).toBe(400)
    const variant = await saveDraft('articles', { title: 'Variant', variants: [{ body: bodyWithLink('javascript:alert(1)'), segments: [] }] })
    expect(variant.status).toBe(400)
    expect(messages(variant)).toMatch(/variants\.0\.body/)
    const transcript = await saveDraft('videos', { source: 'external', title: 'Transcript', transcript: bodyWithLink('javascript:alert(1)') })
    expect(messages(transcript)).toMatch(/in transcript/)
    const snippet = await api.rest('POST', 'snippets', { auth: { token }, body: { body: bodyWithLink('javascript:alert(1)'), title: 'Bad snippet' } })
    expect(snippet.status).toBe(400)
    expect(messages(snippet)).toMatch(/in body/)
  })

  it('refuses unsafe citation, meeting, registration and video URLs on drafts', async () => {
    const citation = await saveDraft('articles', { citations: [{ title: 'x', url: 'javascript:alert(1)' }], title: 'Citation' })
    expect(citation.status).toBe(400)
    expect(messages(citation)).toMatch(/citations\.0\.url.*"javascript:"/)
    const event = await saveDraft('events', { registrationUrl: 'javascript:alert(1)', title: 'Event', virtualUrl: 'data:text/html,x' })
    expect(messages(event)).toMatch(/Registration link/)
    expect(messages(event)).toMatch(/Virtual meeting link/)
    const video = await saveDraft('videos', { source: 'external', title: 'Video', url: 'javascript:alert(1)' })
    expect(video.status).toBe(400)
  })

  it('accepts safe links in drafts', async () => {
    for (const url of SAFE) {
      const res = await saveDraft('articles', { body: bodyWithLink(url), citations: [{ title: 'CDC', url: 'https://www.cdc.gov/' }], title: `Safe ${url}` })
      expect(res.status).toBe(201)
    }
  })

  it('refuses path-like slugs on draft saves too', async () => {
    for (const slug of ['../../etc', 'a/b', 'Upper-Case', 'with space']) {
      const res = await saveDraft('articles', { slug, title: 'Slug' })
      expect(res.status).toBe(400)
      expect(messages(res)).toMatch(/not a valid slug.*lower-case letters, digits and single hyphens/)
    }
    const existing = await saveDraft('articles', { title: 'Good slug' })
    expect(existing.status).toBe(201)
    const renamed = await api.rest('PATCH', `articles/${existing.body.doc.id}?draft=true`, { auth: { token }, body: { slug: '../../etc' } })
    expect(renamed.status).toBe(400)
    const segment = await api.rest('POST', 'segments', { auth: { token }, body: { name: 'Seg', slug: '../x' } })
    expect(segment.status).toBe(400)
  })
})
