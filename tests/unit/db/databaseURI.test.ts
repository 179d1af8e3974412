import { DEFAULT_SQLITE_URL, DatabaseURIError, parseDatabaseURI } from '@/db/databaseURI'

describe('parseDatabaseURI', () => {
  it('defaults to the embedded SQLite file when DATABASE_URI is unset or blank', () => {
    expect(parseDatabaseURI(undefined)).toEqual({ kind: 'sqlite', url: DEFAULT_SQLITE_URL })
    expect(parseDatabaseURI('   ')).toEqual({ kind: 'sqlite', url: DEFAULT_SQLITE_URL })
  })

  it.each([
    ['file:./data/x.db', 'sqlite'],
    ['mongodb://localhost:27017/carepath', 'mongodb'],
    ['mongodb+srv://user:pw@cluster0.example.net/carepath', 'mongodb'],
    ['postgres://carepath:pw@localhost:5432/carepath', 'postgres'],
    ['postgresql://localhost/carepath', 'postgres'],
  ])('accepts %s as %s', (uri, kind) => {
    expect(parseDatabaseURI(uri)).toEqual({ kind, url: uri })
  })

  it.each([
    ['mysql://root@localhost/carepath', 'scheme "mysql:" is not supported'],
    ['localhost:5432', 'scheme "localhost:" is not supported'],
    ['carepath.db', 'it has no scheme'],
    ['postgres://', 'no host'],
    ['file:', 'file path is empty'],
  ])('rejects %s with a message naming the accepted forms', (uri, reason) => {
    expect(() => parseDatabaseURI(uri)).toThrow(DatabaseURIError)
    expect(() => parseDatabaseURI(uri)).toThrow(reason)
    expect(() => parseDatabaseURI(uri)).toThrow(/mongodb:\/\/.*\n.*postgres:\/\//s)
  })

  it('never echoes credentials in its error', () => {
    expect(() => parseDatabaseURI('mysql://admin:hunter2@db/carepath')).toThrow(/\*\*\*@db/)
    expect(() => parseDatabaseURI('mysql://admin:hunter2@db/carepath')).not.toThrow(/hunter2/)
  })
})
