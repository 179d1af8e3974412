import { editDistance, escapeHtml, highlight, processTerm, queryTerms, snippet, tokenize } from '@/search/text'

describe('search text', () => {
  it('keeps ICD-10-CM codes whole and splits everything else into words', () => {
    expect(tokenize('Code E11.9, or o24.419; type-2 diabetes')).toEqual(['Code', 'E11.9', 'or', 'o24.419', 'type', '2', 'diabetes'])
    expect(tokenize('A1C test')).toEqual(['A1C', 'test'])
  })

  it('folds case and vowel accents, keeps ñ, and drops stopwords in both languages', () => {
    expect(processTerm('Presión')).toBe('presion')
    expect(processTerm('HIPERTENSIÓN')).toBe('hipertension')
    expect(processTerm('año')).toBe('año')
    expect(processTerm('the')).toBeNull()
    expect(processTerm('de')).toBeNull()
    expect(queryTerms('La presión alta de mi mamá')).toEqual(['presion', 'alta', 'mama'])
  })

  it('escapes markup before marking matches', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;')
    expect(highlight('Blood <b>pressure</b> & you', new Set(['pressure']))).toBe('Blood &lt;b&gt;<mark>pressure</mark>&lt;/b&gt; &amp; you')
    expect(highlight('<img src=x onerror=alert(1)> presión', new Set(['presion']))).toBe('&lt;img src=x onerror=alert(1)&gt; <mark>presión</mark>')
  })

  it('cuts a snippet around the first match at word boundaries', () => {
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(10)}Check your blood pressure at home. ${'More words follow here. '.repeat(10)}`
    const cut = snippet(text, new Set(['pressure']), 80)
    expect(cut).toMatch(/^… /)
    expect(cut).toMatch(/ …$/)
    expect(cut).toContain('<mark>pressure</mark>')
    expect(cut.replace(/<\/?mark>/g, '').length).toBeLessThanOrEqual(90)
    expect(snippet('Short text', new Set(['text']))).toBe('Short <mark>text</mark>')
  })

  it('counts typos, transpositions included, and stops early past the limit', () => {
    expect(editDistance('diabetis', 'diabetes')).toBe(1)
    expect(editDistance('hypertenson', 'hypertension')).toBe(1)
    expect(editDistance('hypretension', 'hypertension')).toBe(1)
    expect(editDistance('flu', 'asthma', 1)).toBe(2)
  })
})
