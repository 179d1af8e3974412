/**
 * Names of the top-level fields whose value differs between two versions of a document.
 * Pure: no Payload imports. Values are compared, never returned.
 */

type Plain = Record<string, unknown>

/** Fields no editor sets: identity, timestamps, publication status (recorded as its own action), auth internals. */
export const ALWAYS_IGNORED_FIELDS: readonly string[] = [
  'id',
  '_id',
  'createdAt',
  'updatedAt',
  '_status',
  'globalType',
  'apiKeyIndex',
  'enableAPIKey',
  'hash',
  'salt',
  'sessions',
  'loginAttempts',
  'lockUntil',
  'resetPasswordToken',
  'resetPasswordExpiration',
  '_verified',
  '_verificationToken',
]

const isObject = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A populated related document (it has an id and timestamps) stands for its id, so the same
 * relationship read at depth 0 and at depth 2 compares equal. Rows and groups are compared by
 * content: their generated row ids and empty members are left out, so a group of empty values
 * equals no group at all.
 */
function normalise(value: unknown, nested = false): unknown {
  // An empty list and no value mean the same to an editor.
  if (Array.isArray(value)) return value.length ? value.map((item) => normalise(item, true)) : null
  if (!isObject(value)) return value ?? null
  if ('id' in value && ('createdAt' in value || 'updatedAt' in value)) return value.id
  const out: Plain = {}
  for (const key of Object.keys(value).sort()) {
    if (nested && key === 'id') continue
    const v = normalise(value[key], true)
    if (v !== null) out[key] = v
  }
  return Object.keys(out).length ? out : null
}

const same = (a: unknown, b: unknown) => JSON.stringify(normalise(a)) === JSON.stringify(normalise(b))

/** Sorted names of the fields that changed; `ignore` adds computed fields (read-only, joins) to the defaults. */
export function changedFieldNames(previous: Plain | null | undefined, next: Plain | null | undefined, ignore: Iterable<string> = []): string[] {
  const skip = new Set([...ALWAYS_IGNORED_FIELDS, ...ignore])
  const before = previous ?? {}
  const after = next ?? {}
  const names = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...names].filter((name) => !skip.has(name) && !same(before[name], after[name])).sort()
}
