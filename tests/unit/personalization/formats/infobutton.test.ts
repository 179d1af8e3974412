import { create } from 'xmlbuilder2'

import {
  infobuttonAtom,
  infobuttonJSON,
  MAX_INFOBUTTON_CODES,
  parseInfobuttonRequest,
  plainToSummaryHtml,
  sanitizeSummaryHtml,
  type InfobuttonFeedInput,
  type InfobuttonRequest,
} from '@/personalization/formats/infobutton'

const ICD = '2.16.840.1.113883.6.90'
const SNOMED = '2.16.840.1.113883.6.96'
const ATOM = 'http://www.w3.org/2005/Atom'

const parse = (query: string) => parseInfobuttonRequest(new URLSearchParams(query))
const q = (params: Record<string, string>) => new URLSearchParams(params).toString()

function parsed(query: string): InfobuttonRequest {
  const result = parse(query)
  if (!result.ok) throw new Error(`expected ok, got ${result.message}`)
  return result.request
}

function rejected(query: string): string {
  const result = parse(query)
  if (result.ok) throw new Error(`expected a 400 for ${query}`)
  expect(result.status).toBe(400)
  return result.message
}

describe('parseInfobuttonRequest', () => {
  it('reads a MedlinePlus Connect style ICD-10-CM request with the defaults (patient, English, XML)', () => {
    expect(parsed(q({ 'mainSearchCriteria.v.c': 'E11.9', 'mainSearchCriteria.v.cs': ICD }))).toEqual({
      codes: [{ system: 'ICD10CM', code: 'E11.9' }],
      recipient: 'PAT',
      locale: 'en',
      responseType: 'text/xml',
    })
  })

  it('normalizes ICD-10-CM codes sent without the dot or in lower case', () => {
    expect(parsed(q({ 'mainSearchCriteria.v.c': 'e119', 'mainSearchCriteria.v.cs': ICD })).codes).toEqual([{ system: 'ICD10CM', code: 'E11.9' }])
  })

  it('accepts the OID with a urn:oid: prefix', () => {
    expect(parsed(q({ 'mainSearchCriteria.v.c': 'E11.9', 'mainSearchCriteria.v.cs': `urn:oid:${ICD}` })).codes[0]!.system).toBe('ICD10CM')
  })

  it('reads SNOMED CT codes, provider audience, Spanish by primary language tag and JSON', () => {
    const request = parsed(
      q({
        'mainSearchCriteria.v.c': '44054006',
        'mainSearchCriteria.v.cs': SNOMED,
        'mainSearchCriteria.v.dn': 'Diabetes mellitus type 2',
        informationRecipient: 'PROV',
        'informationRecipient.languageCode.c': 'es-419',
        knowledgeResponseType: 'application/json',
      }),
    )
    expect(request).toEqual({
      codes: [{ system: 'SNOMEDCT', code: '44054006', displayName: 'Diabetes mellitus type 2' }],
      recipient: 'PROV',
      locale: 'es',
      responseType: 'application/json',
    })
  })

  it.each([
    ['en-US', 'en'],
    ['EN', 'en'],
    ['es', 'es'],
    ['es_US', 'es'],
  ])('maps language %s to %s', (language, locale) => {
    expect(parsed(q({ 'mainSearchCriteria.v.c': 'E11.9', 'mainSearchCriteria.v.cs': ICD, 'informationRecipient.languageCode.c': language })).locale).toBe(locale)
  })

  it('treats the Atom media type as the XML response', () => {
    expect(parsed(q({ 'mainSearchCriteria.v.c': 'E11.9', 'mainSearchCriteria.v.cs': ICD, knowledgeResponseType: 'application/atom+xml' })).responseType).toBe('text/xml')
  })

  it('reads the indexed multi-code form in index order, with the unindexed code first, and drops duplicates', () => {
    const request = parsed(
      q({
        'mainSearchCriteria.v.c1': '44054006',
        'mainSearchCriteria.v.cs1': SNOMED,
        'mainSearchCriteria.v.dn1': 'Diabetes',
        'mainSearchCriteria.v.c0': 'I10',
        'mainSearchCriteria.v.cs0': ICD,
        'mainSearchCriteria.v.c': 'E11.9',
        'mainSearchCriteria.v.cs': ICD,
        'mainSearchCriteria.v.c2': 'E119',
        'mainSearchCriteria.v.cs2': ICD,
      }),
    )
    expect(request.codes).toEqual([
      { system: 'ICD10CM', code: 'E11.9' },
      { system: 'ICD10CM', code: 'I10' },
      { system: 'SNOMEDCT', code: '44054006', displayName: 'Diabetes' },
    ])
  })

  it('ignores Infobutton parameters it does not use, such as task context', () => {
    expect(parsed(q({ 'mainSearchCriteria.v.c': 'E11.9', 'mainSearchCriteria.v.cs': ICD, 'taskContext.c.c': 'PROBLISTREV' })).codes).toHaveLength(1)
  })

  describe('400s', () => {
    it('rejects a request without a code', () => {
      expect(rejected('')).toMatch(/^mainSearchCriteria\.v\.c is required/)
      expect(rejected(q({ 'mainSearchCriteria.v.cs': ICD }))).toMatch(/^mainSearchCriteria\.v\.c is required/)
      expect(rejected(q({ 'mainSearchCriteria.v.c': '  ', 'mainSearchCriteria.v.cs': ICD }))).toMatch(/^mainSearchCriteria\.v\.c is required/)
    })

    it('names the indexed parameter whose code is missing', () => {
      expect(rejected(q({ 'mainSearchCriteria.v.c0': 'E11.9', 'mainSearchCriteria.v.cs0': ICD, 'mainSearchCriteria.v.cs1': ICD }))).toMatch(
        /^mainSearchCriteria\.v\.c1 is required/,
      )
    })

    it('rejects an unknown code system, naming both supported OIDs', () => {
      const message = rejected(q({ 'mainSearchCriteria.v.c': 'E11.9', 'mainSearchCriteria.v.cs': '2.16.840.1.113883.6.103' }))
      expect(message).toContain('mainSearchCriteria.v.cs is not a supported code system')
      expect(message).toContain(`${ICD} (ICD-10-CM)`)
      expect(message).toContain(`${SNOMED} (SNOMED CT)`)
      expect(message).not.toContain('6.103')
    })

    it('rejects a missing code system, naming both supported OIDs', () => {
      const message = rejected(q({ 'mainSearchCriteria.v.c0': 'E11.9' }))
      expect(message).toMatch(/^mainSearchCriteria\.v\.cs0 is required/)
      expect(message).toContain(ICD)
      expect(message).toContain(SNOMED)
    })

    it('rejects an invalid ICD-10-CM code with the expected format, without echoing it', () => {
      const message = rejected(q({ 'mainSearchCriteria.v.c': 'EE11', 'mainSearchCriteria.v.cs': ICD }))
      expect(message).toMatch(/^mainSearchCriteria\.v\.c is not a valid ICD-10-CM code/)
      expect(message).toContain('for example E11.9')
      expect(message).not.toContain('EE11')
    })

    it('rejects a SNOMED CT id with a wrong check digit without calling it a patient identifier', () => {
      const message = rejected(q({ 'mainSearchCriteria.v.c': '44054007', 'mainSearchCriteria.v.cs': SNOMED }))
      expect(message).toMatch(/^mainSearchCriteria\.v\.c is not a valid SNOMED CT concept id: its check digit is wrong/)
      expect(message).not.toContain('44054007')
    })

    it('rejects an ICD-10-CM code sent under the SNOMED CT OID', () => {
      expect(rejected(q({ 'mainSearchCriteria.v.c': 'E11.9', 'mainSearchCriteria.v.cs': SNOMED }))).toMatch(/not a valid SNOMED CT concept id/)
    })

    it('rejects an unknown recipient, language and response type', () => {
      const base = { 'mainSearchCriteria.v.c': 'E11.9', 'mainSearchCriteria.v.cs': ICD }
      expect(rejected(q({ ...base, informationRecipient: 'PAYOR' }))).toBe(
        'informationRecipient must be PAT (patient) or PROV (provider); leave it out for PAT',
      )
      expect(rejected(q({ ...base, 'informationRecipient.languageCode.c': 'fr-CA' }))).toBe(
        'informationRecipient.languageCode.c must be English (en, en-US, …) or Spanish (es, es-419, …); leave it out for English',
      )
      expect(rejected(q({ ...base, knowledgeResponseType: 'application/javascript' }))).toBe(
        'knowledgeResponseType must be text/xml (Atom, the default) or application/json',
      )
    })

    it('rejects a parameter sent twice, pointing at the indexed form', () => {
      expect(rejected(`mainSearchCriteria.v.c=E11.9&mainSearchCriteria.v.c=I10&mainSearchCriteria.v.cs=${ICD}`)).toMatch(
        /^mainSearchCriteria\.v\.c was sent more than once; send several codes as mainSearchCriteria\.v\.c0/,
      )
    })

    it('rejects more codes than the limit', () => {
      const params = new URLSearchParams()
      for (let i = 0; i <= MAX_INFOBUTTON_CODES; i++) {
        params.set(`mainSearchCriteria.v.c${i}`, 'E11.9')
        params.set(`mainSearchCriteria.v.cs${i}`, ICD)
      }
      expect(rejected(params.toString())).toMatch(/^Too many codes/)
    })

    it('rejects an over-long display name', () => {
      expect(rejected(q({ 'mainSearchCriteria.v.c': 'E11.9', 'mainSearchCriteria.v.cs': ICD, 'mainSearchCriteria.v.dn': 'x'.repeat(300) }))).toMatch(
        /^mainSearchCriteria\.v\.dn is too long/,
      )
    })
  })

  describe('patient identifiers', () => {
    const base = { 'mainSearchCriteria.v.c': 'E11.9', 'mainSearchCriteria.v.cs': ICD }
    const NEVER = /^Carepath never accepts patient identifiers/

    it.each([
      ['patientPerson.name.given', 'Maria'],
      ['patient.id', 'x7'],
      ['PatientPerson.administrativeGenderCode.c', 'F'],
    ])('rejects %s, however harmless its value looks, without echoing the value', (key, value) => {
      const message = rejected(q({ ...base, [key]: value }))
      expect(message).toMatch(NEVER)
      expect(message).toContain('Remove the patient parameters (patientPerson.*, patient.*)')
      expect(message).not.toContain(value)
    })

    it.each([
      ['an email', 'maria.lopez@example.com', 'an email address'],
      ['a phone number', '(555) 123-4567', 'a phone number'],
      ['an SSN', '123-45-6789', 'a US Social Security number'],
      ['a medical record number', '00123456', 'a long number'],
    ])('rejects %s in any parameter outside .dn, naming the parameter but not the value', (_what, value, looksLike) => {
      const message = rejected(q({ ...base, 'taskContext.c.c': value }))
      expect(message).toMatch(NEVER)
      expect(message).toContain('taskContext.c.c looks like')
      expect(message).toContain(looksLike)
      expect(message).not.toContain(value)
    })

    it('screens identifiers before anything else, so a bad code cannot make the value appear', () => {
      const message = rejected(q({ 'mainSearchCriteria.v.c': 'E11.9', 'mainSearchCriteria.v.cs': 'nope', informationRecipient: 'maria@example.com' }))
      expect(message).toMatch(NEVER)
      expect(message).not.toContain('maria')
    })

    it('allows free text in the display name but not identifiers hidden in it', () => {
      expect(parsed(q({ ...base, 'mainSearchCriteria.v.dn': 'Type 2 diabetes mellitus without complications' })).codes[0]!.displayName).toBe(
        'Type 2 diabetes mellitus without complications',
      )
      const message = rejected(q({ ...base, 'mainSearchCriteria.v.dn': 'Diabetes, call 555-123-4567' }))
      expect(message).toMatch(NEVER)
      expect(message).not.toContain('555')
    })

    it('does not echo a parameter name that itself looks like an identifier', () => {
      const message = rejected(`${encodeURIComponent('maria@example.com')}=1&mainSearchCriteria.v.c=E11.9&mainSearchCriteria.v.cs=${ICD}`)
      expect(message).toMatch(NEVER)
      expect(message).not.toContain('maria')
    })
  })
})

describe('summaries', () => {
  it('escapes plain text into paragraphs', () => {
    expect(plainToSummaryHtml('Blood sugar < 70 & "low"\n\nEat 15 g of\ncarbohydrate.')).toBe(
      '<p>Blood sugar &lt; 70 &amp; &quot;low&quot;</p><p>Eat 15 g of carbohydrate.</p>',
    )
    expect(plainToSummaryHtml('  ')).toBe('')
  })

  it('keeps <p>, <h3> and http(s) links, and escapes every other tag', () => {
    expect(sanitizeSummaryHtml('<h3>Signs</h3><P>Thirst <b>and</b> <a href="https://x.org/a?b=1&c=2">more</a> &amp; more</p>')).toBe(
      '<h3>Signs</h3><p>Thirst &lt;b&gt;and&lt;/b&gt; <a href="https://x.org/a?b=1&amp;c=2">more</a> &amp; more</p>',
    )
    expect(sanitizeSummaryHtml('<p onclick="x()">a</p><script>alert(1)</script>')).toBe(
      '&lt;p onclick="x()"&gt;a&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;',
    )
    expect(sanitizeSummaryHtml('<a href="javascript:alert(1)">x</a>')).toBe('&lt;a href="javascript:alert(1)"&gt;x&lt;/a&gt;')
  })

  it('closes tags left open and escapes unmatched closers', () => {
    expect(sanitizeSummaryHtml('<p>open <a href="https://x.org">link')).toBe('<p>open <a href="https://x.org">link</a></p>')
    expect(sanitizeSummaryHtml('text</p>')).toBe('text&lt;/p&gt;')
  })
})

const icdRequest: InfobuttonRequest = {
  codes: [{ system: 'ICD10CM', code: 'E11.9', displayName: 'Type 2 diabetes' }],
  recipient: 'PAT',
  locale: 'en',
  responseType: 'application/json',
}

const input = (overrides: Partial<InfobuttonFeedInput> = {}): InfobuttonFeedInput => ({
  baseURL: 'https://health.example.org',
  generatedAt: new Date('2026-10-08T13:38:08.456Z'),
  request: icdRequest,
  entries: [
    {
      title: 'Living with type 2 diabetes',
      url: 'https://health.example.org/learn/living-with-type-2-diabetes',
      summaryHtml: plainToSummaryHtml('What to eat & how to move.'),
      updatedAt: new Date('2026-09-01T08:00:00Z'),
      id: 'articles/12',
    },
    {
      title: 'Checking your blood sugar <at home>',
      url: '/learn/checking-blood-sugar',
      summaryHtml: '<h3>Why</h3><p>Numbers guide your care.</p>',
      updatedAt: '2026-09-02T09:30:00.000Z',
      id: 'videos/7',
    },
  ],
  ...overrides,
})

describe('infobuttonJSON', () => {
  it('answers on the exact paths MedlinePlus Connect clients read', () => {
    const { feed } = infobuttonJSON(input())
    expect(feed.entry).toHaveLength(2)
    expect(feed.entry[0]!.title._value).toBe('Living with type 2 diabetes')
    expect(feed.entry[0]!.link[0]!.href).toBe('https://health.example.org/learn/living-with-type-2-diabetes')
    expect(feed.entry[0]!.summary._value).toBe('<p>What to eat &amp; how to move.</p>')
    expect(feed.entry[1]!.link[0]!.href).toBe('https://health.example.org/learn/checking-blood-sugar')
    expect(feed.entry[1]!.summary._value).toBe('<h3>Why</h3><p>Numbers guide your care.</p>')
  })

  it('has the whole MedlinePlus Connect feed shape', () => {
    const json = JSON.parse(JSON.stringify(infobuttonJSON(input())))
    expect(json).toEqual({
      feed: {
        base: 'https://health.example.org/',
        lang: 'en',
        xsi: 'http://www.w3.org/2001/XMLSchema-instance',
        title: { type: 'text', _value: 'Carepath' },
        updated: { _value: '2026-10-08T13:38:08Z' },
        id: { _value: 'tag:health.example.org,2025-01-01:/infobutton/PAT/en/ICD10CM/E11.9' },
        author: { name: { _value: 'Carepath' }, uri: { _value: 'https://health.example.org/' } },
        subtitle: { type: 'text', _value: 'Carepath results for ICD-10-CM E11.9' },
        category: [
          { scheme: 'mainSearchCriteria.v.c', term: 'E11.9' },
          { scheme: 'mainSearchCriteria.v.cs', term: 'ICD10CM' },
          { scheme: 'mainSearchCriteria.v.dn', term: 'Type 2 diabetes' },
          { scheme: 'informationRecipient', term: 'PAT' },
        ],
        entry: [
          {
            title: { _value: 'Living with type 2 diabetes', type: 'text' },
            link: [{ href: 'https://health.example.org/learn/living-with-type-2-diabetes', rel: 'alternate' }],
            id: { _value: 'tag:health.example.org,2025-01-01:/articles/12' },
            summary: { type: 'html', _value: '<p>What to eat &amp; how to move.</p>' },
            updated: { _value: '2026-09-01T08:00:00Z' },
          },
          {
            title: { _value: 'Checking your blood sugar <at home>', type: 'text' },
            link: [{ href: 'https://health.example.org/learn/checking-blood-sugar', rel: 'alternate' }],
            id: { _value: 'tag:health.example.org,2025-01-01:/videos/7' },
            summary: { type: 'html', _value: '<h3>Why</h3><p>Numbers guide your care.</p>' },
            updated: { _value: '2026-09-02T09:30:00Z' },
          },
        ],
      },
    })
  })

  it('answers a code with no match with an empty entry list, not an error', () => {
    expect(infobuttonJSON(input({ entries: [] })).feed.entry).toEqual([])
  })

  it('uses the code system name in categories and lists every code, with an empty display name when none was sent', () => {
    const request: InfobuttonRequest = {
      ...icdRequest,
      codes: [{ system: 'SNOMEDCT', code: '44054006' }, { system: 'ICD10CM', code: 'I10' }],
      recipient: 'PROV',
    }
    const { feed } = infobuttonJSON(input({ request }))
    expect(feed.subtitle._value).toBe('Carepath results for SNOMED CT 44054006, ICD-10-CM I10')
    expect(feed.category).toEqual([
      { scheme: 'mainSearchCriteria.v.c', term: '44054006' },
      { scheme: 'mainSearchCriteria.v.cs', term: 'SNOMEDCT' },
      { scheme: 'mainSearchCriteria.v.dn', term: '' },
      { scheme: 'mainSearchCriteria.v.c', term: 'I10' },
      { scheme: 'mainSearchCriteria.v.cs', term: 'ICD10CM' },
      { scheme: 'mainSearchCriteria.v.dn', term: '' },
      { scheme: 'informationRecipient', term: 'PROV' },
    ])
  })

  it('answers Spanish requests with lang es and a Spanish subtitle', () => {
    const { feed } = infobuttonJSON(input({ request: { ...icdRequest, locale: 'es' } }))
    expect(feed.lang).toBe('es')
    expect(feed.subtitle._value).toBe('Resultados de Carepath para ICD-10-CM E11.9')
  })

  it('never lets a summary carry script', () => {
    const entries = [{ ...input().entries[0]!, summaryHtml: '<p>Hi</p><script>steal()</script>' }]
    expect(infobuttonJSON(input({ entries })).feed.entry[0]!.summary._value).toBe('<p>Hi</p>&lt;script&gt;steal()&lt;/script&gt;')
  })
})

describe('infobuttonAtom', () => {
  const parseAtom = (xml: string) => create(xml).root().node as unknown as Element
  const children = (element: Element | Document, name: string) => Array.from(element.getElementsByTagNameNS(ATOM, name))

  it('is an Atom 1.0 feed that parses back with the same entries, titles, links and summaries', () => {
    const xml = infobuttonAtom(input())
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true)
    const feed = parseAtom(xml)
    expect(feed.namespaceURI).toBe(ATOM)
    expect(feed.localName).toBe('feed')
    expect(feed.getAttribute('xml:lang')).toBe('en')
    const entries = children(feed, 'entry')
    expect(entries).toHaveLength(2)
    expect(entries.map((entry) => children(entry, 'title')[0]!.textContent)).toEqual(['Living with type 2 diabetes', 'Checking your blood sugar <at home>'])
    expect(entries.map((entry) => children(entry, 'link')[0]!.getAttribute('href'))).toEqual([
      'https://health.example.org/learn/living-with-type-2-diabetes',
      'https://health.example.org/learn/checking-blood-sugar',
    ])
    expect(children(entries[0]!, 'summary')[0]!.getAttribute('type')).toBe('html')
    expect(children(entries[0]!, 'summary')[0]!.textContent).toBe('<p>What to eat &amp; how to move.</p>')
    expect(children(entries[1]!, 'id')[0]!.textContent).toBe('tag:health.example.org,2025-01-01:/videos/7')
  })

  it('carries the same feed metadata and categories as the JSON', () => {
    const feed = parseAtom(infobuttonAtom(input()))
    const direct = (name: string) => Array.from(feed.childNodes).filter((node) => (node as Element).localName === name) as Element[]
    expect(direct('title')[0]!.textContent).toBe('Carepath')
    expect(direct('subtitle')[0]!.textContent).toBe('Carepath results for ICD-10-CM E11.9')
    expect(direct('updated')[0]!.textContent).toBe('2026-10-08T13:38:08Z')
    expect(direct('category').map((c) => [c.getAttribute('scheme'), c.getAttribute('term')])).toEqual([
      ['mainSearchCriteria.v.c', 'E11.9'],
      ['mainSearchCriteria.v.cs', 'ICD10CM'],
      ['mainSearchCriteria.v.dn', 'Type 2 diabetes'],
      ['informationRecipient', 'PAT'],
    ])
  })

  it('escapes markup and quotes, and drops characters XML cannot carry', () => {
    const entries = [{ ...input().entries[0]!, title: 'A & B &amp; <script>"x"</script>\u0001', url: 'https://health.example.org/a?b=1&c="2"' }]
    const xml = infobuttonAtom(input({ entries, request: { ...icdRequest, codes: [{ system: 'ICD10CM', code: 'E11.9', displayName: 'Say "hi" &lt; & <bye>' }] } }))
    expect(xml).not.toContain('<script>')
    expect(xml).not.toContain('\u0001')
    expect(xml).toContain('<title type="text">A &amp; B &amp;amp; &lt;script&gt;"x"&lt;/script&gt;</title>')
    const feed = parseAtom(xml)
    const entry = children(feed, 'entry')[0]!
    expect(children(entry, 'title')[0]!.textContent).toBe('A & B &amp; <script>"x"</script>')
    expect(children(entry, 'link')[0]!.getAttribute('href')).toBe('https://health.example.org/a?b=1&c=%222%22')
    expect(children(feed, 'category')[2]!.getAttribute('term')).toBe('Say "hi" &lt; & <bye>')
  })

  it('answers no match with a valid feed without entries', () => {
    const feed = parseAtom(infobuttonAtom(input({ entries: [] })))
    expect(feed.localName).toBe('feed')
    expect(children(feed, 'entry')).toHaveLength(0)
  })
})
