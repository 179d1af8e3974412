/** Which database Carepath talks to, decided from DATABASE_URI alone (pure: no adapter is loaded here). */
export type DatabaseTarget =
  | { kind: 'sqlite'; url: string }
  | { kind: 'mongodb'; url: string }
  | { kind: 'postgres'; url: string }

export const DEFAULT_SQLITE_URL = 'file:./data/carepath.db'

export const ACCEPTED_DATABASE_URI_FORMS = [
  '(unset) or file:./path/to.db  embedded SQLite file (default: file:./data/carepath.db)',
  'mongodb://… or mongodb+srv://…  MongoDB',
  'postgres://… or postgresql://…  PostgreSQL',
]

export class DatabaseURIError extends Error {
  constructor(uri: string, reason: string) {
    super(
      `DATABASE_URI ${JSON.stringify(redactCredentials(uri))} is not usable: ${reason}. Accepted forms:\n  - ` +
        ACCEPTED_DATABASE_URI_FORMS.join('\n  - '),
    )
    this.name = 'DatabaseURIError'
  }
}

/** Hides user:password in a URI so errors and logs never print credentials. */
export const redactCredentials = (uri: string): string => uri.replace(/\/\/([^@/]*)@/, '//***@')

export function parseDatabaseURI(raw: string | undefined): DatabaseTarget {
  const uri = raw?.trim() ?? ''
  if (uri === '') return { kind: 'sqlite', url: DEFAULT_SQLITE_URL }

  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(uri)?.[1]?.toLowerCase()
  switch (scheme) {
    case 'file':
      if (uri.length <= 'file:'.length) throw new DatabaseURIError(uri, 'the file path is empty')
      return { kind: 'sqlite', url: uri }
    case 'mongodb':
    case 'mongodb+srv':
      if (!/^mongodb(\+srv)?:\/\/[^/]+/i.test(uri)) throw new DatabaseURIError(uri, 'no host is given')
      return { kind: 'mongodb', url: uri }
    case 'postgres':
    case 'postgresql':
      if (!/^postgres(ql)?:\/\/[^/]+/i.test(uri)) throw new DatabaseURIError(uri, 'no host is given')
      return { kind: 'postgres', url: uri }
    case undefined:
      throw new DatabaseURIError(uri, 'it has no scheme')
    default:
      throw new DatabaseURIError(uri, `the scheme "${scheme}:" is not supported`)
  }
}
