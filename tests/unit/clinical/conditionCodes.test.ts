import { detectParentCycle, findCodeConflicts, type ConditionCodes } from '@/clinical/conditionCodes'

// diabetes ─┬─ type-2 ── type-2-ckd
//           └─ gestational
// hypertension (separate tree)
const tree: ConditionCodes[] = [
  { id: 'diabetes', name: 'Diabetes', parentId: null, icd10: ['E11'], snomed: ['73211009'] },
  { id: 'type-2', name: 'Type 2 diabetes', parentId: 'diabetes', icd10: ['E11.9'], snomed: ['44054006'] },
  { id: 'type-2-ckd', parentId: 'type-2', icd10: ['E11.22'], snomed: [] },
  { id: 'gestational', parentId: 'diabetes', icd10: ['O24.419'], snomed: ['11687002'] },
  { id: 'hypertension', name: 'High blood pressure', parentId: null, icd10: ['I10'], snomed: ['38341003'] },
]

describe('findCodeConflicts', () => {
  it('allows a code that no other condition holds', () => {
    expect(findCodeConflicts(tree, { parentId: 'diabetes', icd10: ['E10.9'], snomed: ['46635009'] })).toEqual([])
  })

  it('reports a code held by an unrelated condition, naming the code and that condition', () => {
    const conflicts = findCodeConflicts(tree, { id: 'heart', parentId: null, icd10: ['i10'], snomed: [] })
    expect(conflicts).toEqual([
      {
        system: 'ICD10CM',
        code: 'I10',
        conditionId: 'hypertension',
        message: expect.stringMatching(/^ICD-10-CM code I10 already belongs to condition "High blood pressure" \(hypertension\)/),
      },
    ])
  })

  it('allows sharing a code with an ancestor (a narrower condition may repeat its parent’s code)', () => {
    expect(findCodeConflicts(tree, { parentId: 'type-2', icd10: ['E11.9'], snomed: ['73211009'] })).toEqual([])
  })

  it('allows sharing a code with a descendant', () => {
    expect(findCodeConflicts(tree, { id: 'diabetes', parentId: null, icd10: ['E11', 'E11.22'], snomed: ['44054006'] })).toEqual([])
  })

  it('treats siblings and cousins as unrelated', () => {
    const conflicts = findCodeConflicts(tree, { id: 'gestational', parentId: 'diabetes', icd10: ['O24.419', 'E11.22'], snomed: ['44054006'] })
    expect(conflicts.map((c) => [c.system, c.code, c.conditionId])).toEqual([
      ['ICD10CM', 'E11.22', 'type-2-ckd'],
      ['SNOMEDCT', '44054006', 'type-2'],
    ])
  })

  it('judges ancestry by the candidate’s new parent, not its stored one', () => {
    // Moving gestational under hypertension: diabetes is no longer its ancestor.
    const conflicts = findCodeConflicts(tree, { id: 'gestational', parentId: 'hypertension', icd10: ['I10'], snomed: ['73211009'] })
    expect(conflicts.map((c) => c.conditionId)).toEqual(['diabetes'])
  })

  it('does not conflict with its own stored record', () => {
    expect(findCodeConflicts(tree, { id: 'type-2', parentId: 'diabetes', icd10: ['E11.9'], snomed: ['44054006'] })).toEqual([])
  })

  it('compares ICD-10-CM codes in normalized form', () => {
    expect(findCodeConflicts(tree, { icd10: [' o24419 '], snomed: [] }).map((c) => c.conditionId)).toEqual(['gestational'])
  })

  it('terminates on a parent cycle already in the data', () => {
    const looped: ConditionCodes[] = [
      { id: 'a', parentId: 'b', icd10: ['A00'], snomed: [] },
      { id: 'b', parentId: 'a', icd10: [], snomed: [] },
      { id: 'c', parentId: null, icd10: ['A00'], snomed: [] },
    ]
    expect(findCodeConflicts(looped, { id: 'd', parentId: 'a', icd10: ['A00'], snomed: [] }).map((c) => c.conditionId)).toEqual(['c'])
  })
})

describe('detectParentCycle', () => {
  it('accepts a parent in another branch', () => {
    expect(detectParentCycle(tree, { id: 'gestational', parentId: 'type-2' })).toBeNull()
    expect(detectParentCycle(tree, { id: 'hypertension', parentId: 'type-2-ckd' })).toBeNull()
  })

  it('rejects a condition as its own parent', () => {
    expect(detectParentCycle(tree, { id: 'type-2', parentId: 'type-2' })).toEqual(['type-2', 'type-2'])
  })

  it('rejects a descendant as parent, returning the loop', () => {
    expect(detectParentCycle(tree, { id: 'diabetes', parentId: 'type-2-ckd' })).toEqual(['diabetes', 'type-2-ckd', 'type-2', 'diabetes'])
  })

  it('never finds a cycle for a new condition or a top-level one', () => {
    expect(detectParentCycle(tree, { parentId: 'diabetes' })).toBeNull()
    expect(detectParentCycle(tree, { id: 'diabetes', parentId: null })).toBeNull()
  })

  it('terminates on a cycle elsewhere in the data', () => {
    const looped: ConditionCodes[] = [
      { id: 'a', parentId: 'b', icd10: [], snomed: [] },
      { id: 'b', parentId: 'a', icd10: [], snomed: [] },
    ]
    expect(detectParentCycle(looped, { id: 'c', parentId: 'a' })).toBeNull()
  })
})
