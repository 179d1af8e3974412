import { describeFindingPlace, findingPlace } from '@/brand/findingPlace'

const LABELS: Record<string, string> = { body: 'Body', medicalReviewedAt: 'Medical review date', title: 'Title', variants: 'Variant', 'variants.body': 'Body' }
const where = (path: string) => describeFindingPlace(findingPlace(path), (schemaPath) => LABELS[schemaPath])

describe('where a finding is, in the editor’s words', () => {
  it('reads fields, rich-text blocks, array rows and snippet text from the finding path', () => {
    expect(findingPlace('title')).toEqual({ fieldPath: 'title', schemaPath: 'title' })
    expect(findingPlace('body.3')).toEqual({ block: 3, fieldPath: 'body', schemaPath: 'body' })
    expect(findingPlace('body.2.snippet.0')).toEqual({ block: 2, fieldPath: 'body', inSnippet: true, schemaPath: 'body' })
    expect(findingPlace('variants.1.title')).toEqual({ fieldPath: 'variants.1.title', schemaPath: 'variants.title' })
    expect(findingPlace('variants.0.body.4')).toEqual({ block: 4, fieldPath: 'variants.0.body', schemaPath: 'variants.body' })
  })

  it('names the field by its label, counts paragraphs and rows from 1, and never shows a path', () => {
    expect(where('body.0')).toBe('Body, paragraph 1')
    expect(where('medicalReviewedAt')).toBe('Medical review date')
    expect(where('variants.0.body.4')).toBe('Variant 1 › Body, paragraph 5')
    expect(where('body.2.snippet.1')).toBe('Body, paragraph 3 (in the inserted snippet)')
  })

  it('falls back to words made from the field name when a field has no label', () => {
    expect(where('heroImage')).toBe('Hero image')
    expect(where('variants.1.summary')).toBe('Variant 2 › Summary')
    expect(describeFindingPlace(findingPlace('transcript.0'))).toBe('Transcript, paragraph 1')
  })
})
