import type { PayloadRequest } from 'payload'

import type { ReviewAct, WorkflowState } from '../workflow'

/** Set by the review-act runner on the save it makes, so the save hook applies the act instead of an edit. */
export interface ActInProgress {
  act: ReviewAct
  nextState: WorkflowState
  comment?: null | string
  by?: number | string | null
}

interface WorkflowContext {
  workflowAct?: ActInProgress
  /** Whether the update in progress was asked as a draft save (Payload's `draft` argument). */
  workflowDraftSave?: boolean
}

export const workflowContext = (req: PayloadRequest): WorkflowContext => req.context as WorkflowContext

/** The actor behind a request: a staff member, an API client, or server code (no user). */
export function actorOf(req: PayloadRequest): { kind: 'apiClient' | 'staff' | 'system'; id: number | string | null; roles: string[] } {
  const user = req.user as { collection?: string; id?: number | string; roles?: null | string[] } | null | undefined
  if (!user) return { id: null, kind: 'system', roles: [] }
  if (user.collection === 'users') return { id: user.id ?? null, kind: 'staff', roles: Array.isArray(user.roles) ? user.roles : [] }
  return { id: user.id ?? null, kind: 'apiClient', roles: [] }
}
