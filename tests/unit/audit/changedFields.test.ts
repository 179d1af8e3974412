import { changedFieldNames } from '@/audit/changedFields'

describe('changed field names', () => {
  it('names fields whose value changed, sorted, and never returns values', () => {
    const before = { summary: 'Old', title: 'Diabetes basics', stages: ['awareness'] }
    const after = { summary: 'New', title: 'Diabetes basics', stages: ['awareness', 'acceptance'] }
    expect(changedFieldNames(before, after)).toEqual(['stages', 'summary'])
  })

  it('ignores timestamps, ids, publication status and auth internals, plus the fields it is told to', () => {
    const before = { _status: 'draft', brandCheck: { passes: false }, hash: 'a', id: 1, updatedAt: '2025-01-01', title: 'A' }
    const after = { _status: 'published', brandCheck: { passes: true }, hash: 'b', id: 1, updatedAt: '2025-02-01', title: 'A' }
    expect(changedFieldNames(before, after, ['brandCheck'])).toEqual([])
  })

  it('treats a relationship read at depth 0 and populated at depth 2 as the same value', () => {
    const before = { conditions: [3, 4], image: 9, related: [{ relationTo: 'articles', value: 5 }] }
    const after = {
      conditions: [{ createdAt: 'x', id: 3, name: 'Diabetes' }, { createdAt: 'x', id: 4, name: 'Asthma' }],
      image: { id: 9, updatedAt: 'y', url: '/media/a.png' },
      related: [{ relationTo: 'articles', value: { createdAt: 'x', id: 5, title: 'Other' } }],
    }
    expect(changedFieldNames(before, after)).toEqual([])
    expect(changedFieldNames(before, { ...after, image: { id: 10, updatedAt: 'y' } })).toEqual(['image'])
  })

  it('compares nested rows and rich text by content, regardless of key order', () => {
    const body = { root: { children: [{ text: 'Hello', type: 'text' }], type: 'root' } }
    const reordered = { root: { type: 'root', children: [{ type: 'text', text: 'Hello' }] } }
    expect(changedFieldNames({ body }, { body: reordered })).toEqual([])
    expect(changedFieldNames({ body }, { body: { root: { children: [{ text: 'Hello!', type: 'text' }], type: 'root' } } })).toEqual(['body'])
  })

  it('sees no change between a missing value, null and an empty list, but sees a field added or cleared', () => {
    expect(changedFieldNames({ segments: [] }, { notes: null })).toEqual([])
    expect(changedFieldNames({}, { summary: 'Added' })).toEqual(['summary'])
    expect(changedFieldNames({ summary: 'Was here' }, {})).toEqual(['summary'])
    expect(changedFieldNames(null, undefined)).toEqual([])
  })
  it('compares array rows by content (not their generated ids) and a group of empty values as no group', () => {
    const terms = [{ replacement: 'diabetes', term: 'sugar diabetes' }]
    expect(changedFieldNames({ terminology: terms }, { terminology: [{ id: '65f0c1', ...terms[0] }] })).toEqual([])
    expect(changedFieldNames({ terminology: terms }, { terminology: [{ id: '65f0c1', replacement: 'diabetes', term: 'sugar' }] })).toEqual(['terminology'])
    expect(changedFieldNames({}, { disclaimers: { articles: null, events: null } })).toEqual([])
    expect(changedFieldNames({ disclaimers: { articles: 3 } }, { disclaimers: { articles: { createdAt: 'x', id: 3 } } })).toEqual([])
  })
})
