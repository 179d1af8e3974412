/**
 * Persisted queries: a client sends the SHA-256 of an operation instead of its text, so a GET URL stays short enough
 * for CDNs and browsers to cache. Operations come from a manifest the website or portal build commits
 * (`CAREPATH_PERSISTED_QUERIES`, Apollo's persisted-query manifest or a plain `{ "<sha256>": "<query>" }` map) or, in
 * development, from Apollo's automatic persisted queries (APQ: the client retries with the text once). With
 * `CAREPATH_PERSISTED_QUERIES_ONLY=true` only the manifest's operations run: no ad-hoc query reaches the executor.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'

export const PERSISTED_QUERY_NOT_FOUND = 'PersistedQueryNotFound'
const MAX_AUTOMATIC = 1000

export const sha256Hex = (text: string) => crypto.createHash('sha256').update(text).digest('hex')

/** A refusal the client can act on; `code` follows Apollo's APQ protocol where it has one. */
export interface PersistedQueryError {
  code?: 'PERSISTED_QUERY_NOT_FOUND'
  message: string
  status: number
}

export interface OperationRequest {
  /** `id=<sha256>` (manifest id) */
  id?: unknown
  /** `{ persistedQuery: { version: 1, sha256Hash } }` (APQ) */
  extensions?: unknown
  query?: unknown
}

/** Reads a manifest: Apollo's `{ format, version, operations: [{ id, body }] }` or a `{ id: query }` map. */
export function parseManifest(json: unknown): Map<string, string> {
  const operations = (json as { operations?: unknown })?.operations
  const entries: Array<[unknown, unknown]> = Array.isArray(operations)
    ? operations.map((op: { body?: unknown; id?: unknown }) => [op?.id, op?.body])
    : Object.entries((json ?? {}) as Record<string, unknown>)
  const manifest = new Map<string, string>()
  for (const [id, body] of entries) {
    if (typeof id !== 'string' || typeof body !== 'string') throw new Error('A persisted-query manifest lists operations as { "id": "<sha256>", "body": "<query>" }.')
    if (sha256Hex(body) !== id.toLowerCase()) throw new Error(`Persisted query ${id} does not match the SHA-256 of its text; rebuild the manifest.`)
    manifest.set(id.toLowerCase(), body)
  }
  return manifest
}

export class PersistedQueries {
  private readonly automatic = new Map<string, string>()

  constructor(
    private readonly manifest: ReadonlyMap<string, string> = new Map(),
    readonly onlyRegistered = false,
  ) {}

  static fromEnv(env: NodeJS.ProcessEnv = process.env): PersistedQueries {
    const file = env.CAREPATH_PERSISTED_QUERIES
    let manifest = new Map<string, string>()
    if (file) {
      try {
        manifest = parseManifest(JSON.parse(fs.readFileSync(file, 'utf8')))
      } catch (error) {
        throw new Error(`CAREPATH_PERSISTED_QUERIES (${file}) cannot be used: ${(error as Error).message}`)
      }
    }
    return new PersistedQueries(manifest, env.CAREPATH_PERSISTED_QUERIES_ONLY === 'true')
  }

  get size() {
    return this.manifest.size
  }

  /** The query text to run, or why not. */
  resolve(request: OperationRequest): PersistedQueryError | { query: string | undefined } {
    const hash = requestedHash(request)
    const query = typeof request.query === 'string' && request.query ? request.query : undefined
    if (hash === null) return { message: 'A persisted query id must be a SHA-256 in hex (64 characters 0-9, a-f).', status: 400 }
    if (hash === undefined) {
      if (!query) return { query: undefined } // the request-shape check says what to send
      if (this.onlyRegistered && !this.manifest.has(sha256Hex(query))) return { message: 'This server runs registered operations only: send the id of an operation in the persisted-query manifest.', status: 400 }
      return { query }
    }
    const known = this.manifest.get(hash) ?? this.automatic.get(hash)
    if (known) return { query: known }
    if (!query) return { code: 'PERSISTED_QUERY_NOT_FOUND', message: PERSISTED_QUERY_NOT_FOUND, status: 200 }
    if (sha256Hex(query) !== hash) return { message: 'The persisted query hash does not match the SHA-256 of the query sent.', status: 400 }
    if (this.onlyRegistered) return { message: 'This server runs registered operations only: automatic registration is switched off.', status: 400 }
    if (this.automatic.size >= MAX_AUTOMATIC) this.automatic.delete(this.automatic.keys().next().value!)
    this.automatic.set(hash, query)
    return { query }
  }
}

/** The hash asked for: undefined when none, null when malformed. */
function requestedHash({ extensions, id }: OperationRequest): null | string | undefined {
  const apq = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash
  const hash = id ?? apq
  if (hash === undefined || hash === null || hash === '') return undefined
  return typeof hash === 'string' && /^[0-9a-f]{64}$/i.test(hash) ? hash.toLowerCase() : null
}
