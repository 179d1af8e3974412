import type { PayloadRequest } from 'payload'

import type { AuditAction, AuditActorType } from './actions'

export const AUDIT_LOG_SLUG = 'audit-log' as const

export interface AuditEntryInput {
  action: AuditAction
  /** Collection (or global) slug the action was about. */
  collection: string
  itemId?: null | number | string
  versionId?: null | number | string
  /** Names only, never values. */
  changedFields?: readonly string[]
  /** An admin did something their role alone would not allow. */
  adminOverride?: boolean
  comment?: string
  /** Small, and never patient data or field values of users and API clients. */
  details?: Record<string, unknown>
}

/** Ids are numbers on the SQL adapters and strings on MongoDB; the generated types assume SQL. */
type DocId = number

interface Actor {
  actorApiClient?: DocId
  actorLabel: string
  actorType: AuditActorType
  actorUser?: DocId
}

/** Staff email or API client name as it is now; the relationship may later point to nothing. */
export function actorOf(user: PayloadRequest['user']): Actor {
  const who = user as (Record<string, unknown> & { collection?: string; id?: number | string }) | null | undefined
  if (who?.collection === 'users' && who.id !== undefined) {
    return { actorLabel: String(who.email ?? `user ${who.id}`), actorType: 'user', actorUser: who.id as DocId }
  }
  if (who?.collection === 'api-clients' && who.id !== undefined) {
    return { actorApiClient: who.id as DocId, actorLabel: String(who.name ?? `API client ${who.id}`), actorType: 'apiClient' }
  }
  return { actorLabel: 'system', actorType: 'system' }
}

/**
 * Appends one audit entry for the action `req` is performing, in the same transaction.
 *
 * Failure policy: when the entry is part of a transaction, a failed write throws, so the action
 * rolls back with it — nothing happens without its entry. Without a transaction (MongoDB without a
 * replica set) the action has already been stored, so the failure is logged and the caller goes on.
 */
export async function recordAudit(req: PayloadRequest, entry: AuditEntryInput): Promise<void> {
  const inTransaction = Boolean(req.transactionID)
  try {
    await req.payload.create({
      collection: AUDIT_LOG_SLUG,
      data: {
        ...actorOf(req.user),
        action: entry.action,
        adminOverride: entry.adminOverride ?? false,
        at: new Date().toISOString(),
        changedFields: entry.changedFields?.length ? [...entry.changedFields] : undefined,
        collection: entry.collection,
        comment: entry.comment,
        details: entry.details,
        itemId: entry.itemId === null || entry.itemId === undefined ? undefined : String(entry.itemId),
        versionId: entry.versionId === null || entry.versionId === undefined ? undefined : String(entry.versionId),
      },
      depth: 0,
      overrideAccess: true,
      req,
    })
  } catch (error) {
    if (inTransaction) throw error
    req.payload.logger.error({ err: error, msg: `Audit entry "${entry.action}" on ${entry.collection} ${entry.itemId ?? ''} could not be written.` })
  }
}
