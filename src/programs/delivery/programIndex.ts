/** Published programs in memory, by id and slug, with the programs each content item appears in. */
import { itemKey } from '../../personalization/deliveryIndex'
import type { JourneyStage } from '../../taxonomy/journeyStages'
import type { DeliveryProgram } from './types'

export const programKey = (id: string) => `programs/${id}`

export class ProgramIndex {
  private readonly programs = new Map<string, DeliveryProgram>()
  private readonly slugs = new Map<string, string>()
  private readonly usedBy = new Map<string, Set<string>>()

  get size(): number {
    return this.programs.size
  }

  get(id: string): DeliveryProgram | undefined {
    return this.programs.get(id)
  }

  bySlug(slug: string): DeliveryProgram | undefined {
    const id = this.slugs.get(slug)
    return id === undefined ? undefined : this.programs.get(id)
  }

  all(): IterableIterator<DeliveryProgram> {
    return this.programs.values()
  }

  /** Content keys (`articles/12`) the program's steps deliver. */
  contentKeys(program: DeliveryProgram): Set<string> {
    const keys = new Set<string>()
    for (const track of program.tracks) for (const step of track.steps) if (step.content) keys.add(itemKey(step.content.type, step.content.id))
    return keys
  }

  /** The published programs with a step delivering this content item. */
  usedByContent(key: string): DeliveryProgram[] {
    return [...(this.usedBy.get(key) ?? [])].flatMap((id) => this.programs.get(id) ?? [])
  }

  upsert(program: DeliveryProgram): void {
    this.remove(program.id)
    this.programs.set(program.id, program)
    this.slugs.set(program.slug, program.id)
    for (const key of this.contentKeys(program)) {
      let ids = this.usedBy.get(key)
      if (!ids) this.usedBy.set(key, (ids = new Set()))
      ids.add(program.id)
    }
  }

  remove(id: string): boolean {
    const program = this.programs.get(id)
    if (!program) return false
    this.programs.delete(id)
    if (this.slugs.get(program.slug) === id) this.slugs.delete(program.slug)
    for (const key of this.contentKeys(program)) {
      const ids = this.usedBy.get(key)
      ids?.delete(id)
      if (ids?.size === 0) this.usedBy.delete(key)
    }
    return true
  }

  /**
   * Programs for a coarse audience: a program tagged with no stage, segment or condition is for everyone on that
   * dimension (Carepath's targeting rule). Sorted by slug.
   */
  matching({ condition, segment, stage }: { condition?: string; segment?: string; stage?: JourneyStage }): DeliveryProgram[] {
    const fits = (tagged: readonly string[], asked: string | undefined) => !asked || tagged.length === 0 || tagged.includes(asked)
    return [...this.programs.values()]
      .filter((p) => fits(p.stages, stage) && fits(p.segments, segment) && fits(p.conditions, condition))
      .sort((a, b) => a.slug.localeCompare(b.slug))
  }
}
