import Database from 'libsql'

import { STATEMENTS_PER_CONNECTION, installSqliteStatementCache } from '@/db/sqliteStatementCache'

/** Runs against real libsql connections (in-memory databases), the way @libsql/client drives them. */
describe('installSqliteStatementCache', () => {
  beforeAll(() => {
    installSqliteStatementCache()
    installSqliteStatementCache() // idempotent: a second call must not wrap the cache in another cache
  })

  const open = () => {
    const db = new Database(':memory:')
    db.exec('create table items (id integer primary key, slug text unique not null)')
    return db
  }

  it('prepares each SQL text once per connection and reuses the statement', () => {
    const db = open()
    const sql = 'select id, slug from items where id = ?'
    expect(db.prepare(sql)).toBe(db.prepare(sql))
    expect(db.prepare(sql)).not.toBe(db.prepare('select slug from items where id = ?'))
    expect(open().prepare(sql)).not.toBe(db.prepare(sql))
  })

  it('gives the same results on reuse, with fresh bindings every time, also after a failed run', () => {
    const db = open()
    const insert = 'insert into items (slug) values (?) returning id, slug'
    const first = db.prepare(insert).raw(true).all(['diabetes'])
    expect(first).toEqual([[1, 'diabetes']])
    expect(() => db.prepare(insert).raw(true).all(['diabetes'])).toThrow(/UNIQUE/)
    expect(db.prepare(insert).raw(true).all(['asthma'])).toEqual([[2, 'asthma']])
    const select = 'select slug from items where id = ?'
    expect(db.prepare(select).raw(true).all([1])).toEqual([['diabetes']])
    expect(db.prepare(select).raw(true).all([2])).toEqual([['asthma']])
    expect(db.prepare(select).raw(true).all([3])).toEqual([])
  })

  it('keeps at most STATEMENTS_PER_CONNECTION statements, dropping the least recently used', () => {
    const db = open()
    const sql = (n: number) => `select ${n} as n`
    const kept = db.prepare(sql(0))
    for (let n = 1; n < STATEMENTS_PER_CONNECTION; n += 1) db.prepare(sql(n))
    expect(db.prepare(sql(0))).toBe(kept) // touched: now the most recently used
    const dropped = db.prepare(sql(1))
    for (let n = 1; n <= STATEMENTS_PER_CONNECTION; n += 1) db.prepare(sql(1000 + n))
    expect(db.prepare(sql(1))).not.toBe(dropped)
    expect(db.prepare(sql(1)).raw(true).all([])).toEqual([[1]])
  })
})
