/** Keeps each clinical code on one condition family, so a code maps patients to one unambiguous place in the tree. */
import { CODE_SYSTEMS, type CodeSystemName } from './codeSystems'
import { normalizeICD10CM } from './icd10cm'

export interface ConditionCodes {
  id: string
  /** Shown in messages when given; editors know conditions by name, not id. */
  name?: string
  parentId?: string | null
  icd10: string[]
  snomed: string[]
}

export type CandidateCondition = Omit<ConditionCodes, 'id'> & { id?: string | null }

export interface CodeConflict {
  system: CodeSystemName
  code: string
  conditionId: string
  message: string
}

type ParentIndex = Map<string, string | null | undefined>

const indexParents = (conditions: readonly ConditionCodes[]): ParentIndex =>
  new Map(conditions.map((condition) => [condition.id, condition.parentId]))

/** Ids from `startId` upward, nearest first; stops at a missing parent or at a cycle already in the data. */
function chainFrom(startId: string | null | undefined, parents: ParentIndex): string[] {
  const chain: string[] = []
  const seen = new Set<string>()
  for (let id = startId; id != null && !seen.has(id); id = parents.get(id)) {
    seen.add(id)
    chain.push(id)
  }
  return chain
}

/**
 * Returns the cycle (`[id, parent, …, id]`) that giving `candidate` its `parentId` would create, or null.
 * New conditions (no id yet) cannot be anyone's ancestor, so they never create a cycle.
 */
export function detectParentCycle(
  conditions: readonly ConditionCodes[],
  candidate: { id?: string | null; parentId?: string | null },
): string[] | null {
  const { id, parentId } = candidate
  if (id == null || parentId == null) return null
  // The candidate is left out of the index, so a walk that reaches it ends there.
  const chain = chainFrom(parentId, indexParents(conditions.filter((c) => c.id !== id)))
  return chain[chain.length - 1] === id ? [id, ...chain] : null
}

/**
 * Codes in `candidate` that another condition already holds, unless that condition is in the candidate's own line
 * (an ancestor or a descendant), where sharing a code is how broader and narrower conditions are meant to relate.
 */
export function findCodeConflicts(conditions: readonly ConditionCodes[], candidate: CandidateCondition): CodeConflict[] {
  const others = conditions.filter((condition) => candidate.id == null || condition.id !== candidate.id)
  // The candidate's parent may be changing, so its ancestors come from the new parentId, not the stored one;
  // leaving the candidate out of the index also makes every upward walk stop when it reaches the candidate.
  const parents = indexParents(others)
  const ancestors = new Set(chainFrom(candidate.parentId, parents))
  const isDescendant = (condition: ConditionCodes): boolean =>
    candidate.id != null && chainFrom(condition.parentId, parents).includes(candidate.id)

  const keyOf = (system: CodeSystemName, code: string) => `${system}|${code}`
  const wanted = new Map<string, { system: CodeSystemName; code: string }>()
  for (const code of candidate.icd10) wanted.set(keyOf('ICD10CM', normalizeICD10CM(code)), { system: 'ICD10CM', code: normalizeICD10CM(code) })
  for (const code of candidate.snomed) wanted.set(keyOf('SNOMEDCT', code.trim()), { system: 'SNOMEDCT', code: code.trim() })

  const conflicts: CodeConflict[] = []
  for (const other of others) {
    if (ancestors.has(other.id) || isDescendant(other)) continue
    const held = new Set([
      ...other.icd10.map((code) => keyOf('ICD10CM', normalizeICD10CM(code))),
      ...other.snomed.map((code) => keyOf('SNOMEDCT', code.trim())),
    ])
    for (const [key, { code, system }] of wanted) {
      if (!held.has(key)) continue
      const label = other.name ? `"${other.name}" (${other.id})` : other.id
      conflicts.push({
        code,
        conditionId: other.id,
        message: `${CODE_SYSTEMS[system].displayName} code ${code} already belongs to condition ${label}, which is neither a parent nor a child of this condition; a code can belong to only one branch of the condition tree, so remove it from one of them or make one condition a child of the other`,
        system,
      })
    }
  }
  // Stable order (system, code, condition) so editors and tests see the same list every time.
  return conflicts.sort((a, b) => a.system.localeCompare(b.system) || a.code.localeCompare(b.code) || a.conditionId.localeCompare(b.conditionId))
}
