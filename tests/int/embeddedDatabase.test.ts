import { bootCarepath, type TestCarepath } from './helpers/payload'

/** Guards the schema fix in src/db/adapter.ts (see README, "The embedded SQLite database"). */
let carepath: TestCarepath

const sqliteOnly = process.env.DATABASE_URI ? describe.skip : describe

interface LibsqlClient {
  execute(sql: string): Promise<{ rows: unknown[][] | Record<string, unknown>[] }>
}

sqliteOnly('embedded SQLite', () => {
  beforeAll(async () => {
    carepath = await bootCarepath()
  })

  afterAll(async () => {
    await carepath?.shutdown()
  })

  it('indexes every locales table on its parent row, so reading all languages never scans a table per row', async () => {
    const client = (carepath.payload.db as unknown as { client: LibsqlClient }).client
    const tables = await client.execute("select name from sqlite_master where type = 'table' and name like '%\\_locales' escape '\\'")
    const indexes = await client.execute("select tbl_name from sqlite_master where type = 'index' and name like '%\\_locales\\_parent\\_idx' escape '\\'")
    const names = (rows: unknown[]) => rows.map((row) => String(Object.values(row as object)[0])).sort()
    expect(names(tables.rows).length).toBeGreaterThan(10)
    expect(names(indexes.rows)).toEqual(names(tables.rows))
  })
})
