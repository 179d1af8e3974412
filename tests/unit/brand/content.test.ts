import { brandCheckInputSchema } from '@/brand/content'
import { extractFromLexical } from '@/richtext/extract'

const text = (t: string) => ({ type: 'text', text: t, format: 0, version: 1 })
const para = (...children: object[]) => ({ type: 'paragraph', children, version: 1 })
const state = (...children: unknown[]) => ({ root: { type: 'root', children, version: 1 } })

describe('extractFromLexical', () => {
  it('gives one text per top-level block, joining inline runs, line breaks and list items', () => {
    const doc = state(
      { type: 'heading', tag: 'h2', children: [text('When to call')] },
      para(text('Check your '), { ...text('blood sugar'), format: 1 }, text(' daily.'), { type: 'linebreak' }, text('Write it down.')),
      {
        type: 'list',
        listType: 'bullet',
        children: [
          { type: 'listitem', children: [text('Fever over 101')] },
          { type: 'listitem', children: [text('New chest pain')] },
        ],
      },
    )
    expect(extractFromLexical('body', doc, 'body').texts).toEqual([
      { path: 'body.0', text: 'When to call', role: 'body' },
      { path: 'body.1', text: 'Check your blood sugar daily. Write it down.', role: 'body' },
      { path: 'body.2', text: 'Fever over 101 New chest pain', role: 'body' },
    ])
  })

  it('keeps block indexes stable when a block has no text', () => {
    const doc = state(para(text('First.')), { type: 'horizontalrule' }, para(), para(text('Fourth.')))
    expect(extractFromLexical('body', doc, 'body').texts.map((t) => t.path)).toEqual(['body.0', 'body.3'])
  })

  it('collects links and autolinks with their visible text, which also stays in the paragraph', () => {
    const doc = state(
      para(
        text('See '),
        { type: 'link', fields: { url: 'https://example.org/a1c', linkType: 'custom' }, children: [text('click here')] },
        text(' or '),
        { type: 'autolink', fields: { url: 'https://cdc.gov', linkType: 'custom' }, children: [text('cdc.gov')] },
      ),
      para({
        type: 'link',
        fields: { linkType: 'internal', doc: { relationTo: 'articles', value: 7 } },
        children: [text('Your A1C test')],
      }),
    )
    const out = extractFromLexical('body', doc, 'body')
    expect(out.texts[0]!.text).toBe('See click here or cdc.gov')
    expect(out.links).toEqual([
      { path: 'body.0', text: 'click here', url: 'https://example.org/a1c' },
      { path: 'body.0', text: 'cdc.gov', url: 'https://cdc.gov' },
      { path: 'body.1', text: 'Your A1C test', url: 'internal:articles:7' },
    ])
  })

  it('reads alt text from populated uploads and reports unpopulated ones as unknown (null)', () => {
    const doc = state(
      { type: 'upload', relationTo: 'media', value: { id: 3, alt: 'A nurse checks a blood pressure cuff', filename: 'bp.jpg', mimeType: 'image/jpeg' } },
      { type: 'upload', relationTo: 'media', value: 4 },
      { type: 'upload', relationTo: 'documents', value: { id: 5, filename: 'handout.pdf', mimeType: 'application/pdf' } },
      { type: 'upload', relationTo: 'media', value: { id: 6, alt: '', filename: 'IMG_2041.jpg' } },
    )
    expect(extractFromLexical('body', doc, 'body').images).toEqual([
      { path: 'body.0', alt: 'A nurse checks a blood pressure cuff', filename: 'bp.jpg' },
      { path: 'body.1', alt: null },
      { path: 'body.3', alt: '', filename: 'IMG_2041.jpg' },
    ])
  })

  it('records snippet ids and treats a populated snippet body as content of the item', () => {
    const snippetBody = state(
      para(text('This is not medical advice. '), {
        type: 'link',
        fields: { url: '/contact' },
        children: [text('read more')],
      }),
      { type: 'upload', relationTo: 'media', value: { id: 9, alt: 'photo', filename: 'x.png' } },
    )
    const doc = state(
      para(text('Eat well.')),
      { type: 'block', fields: { id: 'b1', blockType: 'snippet', snippet: { id: 12, title: 'Disclaimer', body: snippetBody } } },
      { type: 'block', fields: { blockType: 'snippet', snippet: 'abc' } },
      para(text('Call us '), { type: 'inlineBlock', fields: { blockType: 'snippet', snippet: 44 } }, text(' today.')),
      { type: 'block', fields: { blockType: 'callout', snippet: 99 } },
    )
    const out = extractFromLexical('body', doc, 'body')
    expect(out.snippetIds).toEqual(['12', 'abc', '44'])
    expect(out.texts).toEqual([
      { path: 'body.0', text: 'Eat well.', role: 'body' },
      { path: 'body.1.snippet.0', text: 'This is not medical advice. read more', role: 'body' },
      { path: 'body.3', text: 'Call us today.', role: 'body' },
    ])
    expect(out.links).toEqual([{ path: 'body.1.snippet.0', text: 'read more', url: '/contact' }])
    expect(out.images).toEqual([{ path: 'body.1.snippet.1', alt: 'photo', filename: 'x.png' }])
  })

  it('walks unknown node types through their children and survives junk', () => {
    const doc = state('junk', null, { type: 'collapsible', children: [{ type: 'mystery', children: [text('Hidden tip.')] }] })
    expect(extractFromLexical('body', doc, 'other').texts).toEqual([{ path: 'body.2', text: 'Hidden tip.', role: 'other' }])
    for (const bad of [null, undefined, {}, { root: null }, 'text', { root: { children: 'x' } }])
      expect(extractFromLexical('body', bad, 'body')).toEqual({ texts: [], links: [], images: [], snippetIds: [] })
  })
})

describe('brandCheckInputSchema', () => {
  const valid = { type: 'pamphlets', locale: 'es', clinical: true, texts: [{ path: 'title', role: 'title', text: 'Hola' }] }

  it('fills empty lists and zero citations for a minimal client request', () => {
    expect(brandCheckInputSchema.parse(valid)).toEqual({ ...valid, citations: 0, links: [], images: [], snippetIds: [] })
  })

  it('accepts Payload date-times and plain dates for the review date, and rejects anything else', () => {
    expect(brandCheckInputSchema.parse({ ...valid, medicalReviewedAt: '2025-05-01T00:00:00.000Z' }).medicalReviewedAt).toBeDefined()
    expect(brandCheckInputSchema.parse({ ...valid, medicalReviewedAt: '2025-05-01' }).medicalReviewedAt).toBe('2025-05-01')
    expect(brandCheckInputSchema.parse({ ...valid, medicalReviewedAt: null }).medicalReviewedAt).toBeNull()
    expect(() => brandCheckInputSchema.parse({ ...valid, medicalReviewedAt: 'last spring' })).toThrow()
  })

  it('rejects unknown content types, locales and text roles', () => {
    expect(() => brandCheckInputSchema.parse({ ...valid, type: 'posts' })).toThrow()
    expect(() => brandCheckInputSchema.parse({ ...valid, locale: 'fr' })).toThrow()
    expect(() => brandCheckInputSchema.parse({ ...valid, texts: [{ path: 'x', role: 'caption', text: 'a' }] })).toThrow()
    expect(() => brandCheckInputSchema.parse({ ...valid, citations: -1 })).toThrow()
  })
})
