import type { JourneyStage } from './types'

/**
 * The team's saved list views in the demo, offered on every content type's list ("Saved views"). Each names what it
 * filters by in the editors' words; slugs are resolved to ids when seeded.
 */
export interface DemoPreset {
  title: string
  stages?: JourneyStage[]
  /** Segment slugs. */
  segments?: string[]
  /** Condition slugs. */
  conditions?: string[]
  /** Review states (src/workflow/states.ts). */
  workflowStates?: string[]
  status?: 'draft' | 'published'
  /** Clinical items no medical reviewer has approved yet. */
  awaitingMedicalReview?: boolean
  /** Brand check states (src/brand/status.ts), in the language the list is shown in. */
  brandStatuses?: Array<'errors' | 'passes' | 'warnings'>
}

export const demoPresets: readonly DemoPreset[] = [
  { segments: ['new-moms'], stages: ['retention'], title: 'Retention · New moms' },
  { conditions: ['gestational-diabetes'], title: 'Gestational diabetes' },
  { segments: ['spanish-speakers'], stages: ['awareness'], title: 'Awareness · Spanish speakers' },
  { title: 'In review', workflowStates: ['inReview'] },
  { title: 'Changes requested', workflowStates: ['changesRequested'] },
  { status: 'draft', title: 'Drafts' },
  { awaitingMedicalReview: true, title: 'Clinical · awaiting medical review' },
  { brandStatuses: ['errors'], title: 'Failing the brand check' },
]
