/** The condition hierarchy and the clinical-code lookups that turn a patient's codes into condition slugs. */
import { validateClinicalCode } from '../clinical/codeSystems'
import { icd10Ancestors, normalizeICD10CM } from '../clinical/icd10cm'
import type { ClinicalCode, ConditionNode } from './types'

/** A condition a clinical code leads to, and whether through the code itself or a broader ICD-10-CM category. */
export interface CodeMatch {
  condition: string
  /** The code on the condition that matched: the input code, or the broader category it was widened to. */
  matchedCode: string
  how: 'exact' | 'broader-code'
  /** 0 for the code itself; 1 for one step broader (E11.65 → E11.6), and so on. */
  steps: number
}

const addTo = (map: Map<string, string[]>, key: string, value: string) => {
  const list = map.get(key)
  if (!list) map.set(key, [value])
  else if (!list.includes(value)) list.push(value)
}

export class ConditionGraph {
  private readonly nodes = new Map<string, ConditionNode>()
  private readonly children = new Map<string, string[]>()
  private readonly byICD10 = new Map<string, string[]>()
  private readonly bySNOMED = new Map<string, string[]>()

  constructor(nodes: readonly ConditionNode[]) {
    for (const node of nodes) this.nodes.set(node.slug, node)
    for (const node of this.nodes.values()) {
      if (node.parent) addTo(this.children, node.parent, node.slug)
      for (const code of node.icd10) addTo(this.byICD10, normalizeICD10CM(code), node.slug)
      for (const code of node.snomed) addTo(this.bySNOMED, code.trim(), node.slug)
    }
  }

  get(slug: string): ConditionNode | undefined {
    return this.nodes.get(slug)
  }

  /** Parents of a condition, nearest first; stops at a cycle or a parent that is not loaded. */
  ancestors(slug: string): string[] {
    const result: string[] = []
    const seen = new Set([slug])
    for (let parent = this.nodes.get(slug)?.parent; parent && !seen.has(parent); parent = this.nodes.get(parent)?.parent) {
      seen.add(parent)
      result.push(parent)
    }
    return result
  }

  /** Every condition below this one, nearest levels first. */
  descendants(slug: string): string[] {
    const result: string[] = []
    const seen = new Set([slug])
    for (let level = [slug]; level.length > 0; ) {
      const next: string[] = []
      for (const parent of level) {
        for (const child of this.children.get(parent) ?? []) {
          if (seen.has(child)) continue
          seen.add(child)
          result.push(child)
          next.push(child)
        }
      }
      level = next
    }
    return result
  }

  /** Condition slugs carrying exactly this ICD-10-CM code (any written form: `e1165` = `E11.65`). */
  conditionsForICD10(code: string): readonly string[] {
    return this.byICD10.get(normalizeICD10CM(code)) ?? []
  }

  conditionsForSNOMED(code: string): readonly string[] {
    return this.bySNOMED.get(code.trim()) ?? []
  }

  /**
   * Conditions a code leads to: conditions carrying the code itself first, then (ICD-10-CM only) conditions carrying
   * a broader category, nearest first (E11.65 → E11.6 → E11). A condition is reported once, at its best match.
   * Invalid codes lead nowhere.
   */
  conditionsForCode(input: { system: string; code: string }): CodeMatch[] {
    const valid = validateClinicalCode(input)
    if (!valid.ok) return []
    const matches: CodeMatch[] = []
    const seen = new Set<string>()
    const add = (conditions: readonly string[], matchedCode: string, steps: number) => {
      for (const condition of conditions) {
        if (seen.has(condition)) continue
        seen.add(condition)
        matches.push({ condition, matchedCode, how: steps === 0 ? 'exact' : 'broader-code', steps })
      }
    }
    if (valid.system === 'SNOMEDCT') {
      add(this.conditionsForSNOMED(valid.code), valid.code, 0)
      return matches
    }
    add(this.conditionsForICD10(valid.code), valid.code, 0)
    icd10Ancestors(valid.code).forEach((broader, i) => add(this.conditionsForICD10(broader), broader, i + 1))
    return matches
  }
}

/** Writes a code the way reasons show it: `ICD10CM:E11.65`. */
export const formatCode = (code: ClinicalCode): string => `${code.system}:${code.code}`
