import { jest } from '@jest/globals'
import type { ClientField } from 'payload'

import { fieldLabelLookup } from '@/brandGate/admin/fieldLabels'
import { noteSaveAnswer, refusalFor, subscribeRefusals } from '@/brandGate/admin/refusals'
import { BRAND_REFUSAL, refusalMessage } from '@/brandGate/refusal'

const finding = { message: "'Sugar diabetes' is not allowed; use 'diabetes'", path: 'body.0', rule: 'terminology', severity: 'error' as const, text: 'Sugar diabetes' }
const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json; charset=utf-8' }, status })
const refused = () => json(400, { errors: [{ data: { findings: [finding], reason: BRAND_REFUSAL }, message: refusalMessage(1) }] })
const at = (path: string) => new URL(`http://localhost:3000${path}`)

describe('the refused-publish message', () => {
  it('is one sentence that Payload’s toast shows whole (it splits at the first colon, then at commas)', () => {
    for (const n of [1, 3]) {
      const message = refusalMessage(n)
      expect(message).not.toContain(',')
      expect(message.slice(message.indexOf(':') + 1)).not.toContain(':')
    }
    expect(refusalMessage(3)).toBe('Publishing was refused: 3 brand-guideline errors need fixing first (see the list at the top of the form).')
  })
})

describe('remembering a refused publish from the save answer', () => {
  it('keeps the findings of a brand refusal for that document and language, and forgets them on the next successful save', async () => {
    const changes = jest.fn()
    const unsubscribe = subscribeRefusals(changes)
    await noteSaveAnswer('/api', at('/api/articles/12?depth=0&locale=es'), 'PATCH', refused())
    expect(refusalFor('articles', 12)).toEqual({ findings: [finding], locale: 'es', message: refusalMessage(1) })
    expect(refusalFor('articles', 13)).toBeUndefined()
    expect(refusalFor('pamphlets', 12)).toBeUndefined()

    await noteSaveAnswer('/api', at('/api/articles/12?draft=true&locale=es'), 'PATCH', json(200, { doc: { id: 12 } }))
    expect(refusalFor('articles', 12)).toBeUndefined()
    expect(changes).toHaveBeenCalledTimes(2)
    unsubscribe()
  })

  it('ignores other answers: other refusals, other routes, reads, and sub-routes such as the workflow', async () => {
    await noteSaveAnswer('/api', at('/api/articles/20'), 'PATCH', json(400, { errors: [{ message: 'The title is required.' }] }))
    await noteSaveAnswer('/api', at('/api/articles/21'), 'GET', refused())
    await noteSaveAnswer('/api', at('/api/articles/22/workflow'), 'POST', refused())
    await noteSaveAnswer('/api', at('/other/articles/23'), 'PATCH', refused())
    await noteSaveAnswer('/api', at('/api/articles/24'), 'PATCH', new Response('Bad request', { status: 400 }))
    for (const id of [20, 21, 22, 23, 24]) expect(refusalFor('articles', id)).toBeUndefined()
    // A refused create is kept for the unsaved document.
    await noteSaveAnswer('/api', at('/api/articles?locale=en'), 'POST', refused())
    expect(refusalFor('articles', undefined)?.findings).toEqual([finding])
  })
})

describe('field labels for findings', () => {
  it('reads labels the way the form shows them, through rows, collapsibles and tabs; an array by its row label', () => {
    const fields = [
      { name: 'title', type: 'text', label: 'Title' },
      { type: 'row', fields: [{ name: 'wordCount', type: 'number', label: { en: 'Word count', es: 'Palabras' } }] },
      { type: 'collapsible', label: 'Medical review & sources', fields: [{ name: 'medicalReviewedAt', type: 'date', label: 'Medical review date' }] },
      { type: 'tabs', tabs: [{ label: 'Extra', fields: [{ name: 'note', type: 'text', label: 'Note' }] }, { name: 'seo', label: 'SEO', fields: [{ name: 'title', type: 'text', label: 'SEO title' }] }] },
      { name: 'variants', type: 'array', label: 'Variants', labels: { plural: 'Segment variants', singular: 'Segment variant' }, fields: [{ name: 'title', type: 'text', label: 'Title' }] },
    ] as unknown as ClientField[]
    const english = (label: unknown) => (typeof label === 'string' ? label : (label as Record<string, string> | undefined)?.en)
    const labelOf = fieldLabelLookup(fields, english)
    expect(['title', 'wordCount', 'medicalReviewedAt', 'note', 'seo.title', 'variants', 'variants.title', 'missing'].map(labelOf)).toEqual([
      'Title',
      'Word count',
      'Medical review date',
      'Note',
      'SEO title',
      'Segment variant',
      'Title',
      undefined,
    ])
  })
})
