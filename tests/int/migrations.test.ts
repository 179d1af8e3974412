import { publishApproved } from './helpers/fixtures'
import { bootCarepath, type TestCarepath } from './helpers/payload'

/**
 * Production never pushes the schema: it runs the committed migrations. This proves that the
 * migrations for the current engine build exactly the schema the config describes.
 */
let carepath: TestCarepath

beforeAll(async () => {
  carepath = await bootCarepath({ pushSchema: false })
})

afterAll(async () => {
  await carepath?.shutdown()
})

/**
 * drizzle-kit asks on the terminal whether a new column or table was renamed from one that is gone,
 * and waits for an answer forever in a test. Answer every question with its first choice ("create",
 * never "rename"), so a schema the migrations do not build shows up as statements in the diff.
 */
async function answeringPrompts<T>(run: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => {
    if (process.stdin.listenerCount('keypress') > 0) process.stdin.emit('keypress', '\r', { name: 'return' })
  }, 50)
  try {
    return await run()
  } finally {
    clearInterval(timer)
  }
}

const sqlEngine = process.env.DATABASE_URI?.startsWith('mongodb') ? describe.skip : describe

sqlEngine('committed migrations', () => {
  it('create the whole schema on an empty database, with nothing left for a push to do', async () => {
    const db = carepath.payload.db as unknown as {
      drizzle: unknown
      migrate(): Promise<void>
      requireDrizzleKit(): {
        pushSchema(schema: unknown, drizzle: unknown, ...rest: unknown[]): Promise<{ statementsToExecute: string[] }>
      }
      schema: unknown
      schemaName?: string
    }
    await db.migrate()
    const { pushSchema } = db.requireDrizzleKit()
    const { statementsToExecute } = await answeringPrompts(() => pushSchema(db.schema, db.drizzle, db.schemaName ? [db.schemaName] : undefined))
    // drizzle-kit always re-issues numeric defaults on Postgres (it compares '8'::numeric to 8); not a schema change.
    const realChanges = statementsToExecute.filter((sql) => !/ALTER COLUMN "[a-z_]+" SET DEFAULT \d+(\.\d+)?;$/.test(sql))
    expect(realChanges).toEqual([])

    // And the migrated database works: a published article round-trips.
    const article = await publishApproved(carepath.payload, { collection: 'articles', data: { stages: ['awareness'], title: 'Migrated schema works' } })
    expect(article._status).toBe('published')
    expect(article.slug).toBe('migrated-schema-works')
  })
})

sqlEngine('data in an existing database', () => {
  let upgraded: TestCarepath
  afterAll(async () => {
    await upgraded?.shutdown()
  })

  it('keeps snippets that were live before snippets had drafts published', async () => {
    upgraded = await bootCarepath({ key: 'upgraded', pushSchema: false })
    type Migration = { name: string }
    const db = upgraded.payload.db as unknown as { drizzle: unknown; execute(args: { drizzle: unknown; raw: string }): Promise<unknown>; migrate(args?: { migrations: Migration[] }): Promise<void>; migrationDir: string }
    const { migrations } = (await import(`${db.migrationDir}/index.ts`)) as { migrations: Migration[] }
    const at = migrations.findIndex((m) => m.name.endsWith('_snippet_review'))
    await db.migrate({ migrations: migrations.slice(0, at) })
    await db.execute({ drizzle: db.drizzle, raw: `INSERT INTO snippets (title, slug) VALUES ('Medical disclaimer', 'medical-disclaimer')` })
    await db.migrate({ migrations })

    const { docs } = await upgraded.payload.find({ collection: 'snippets', draft: false, overrideAccess: false })
    expect(docs.map((d) => [d.slug, d._status, d.clinical])).toEqual([['medical-disclaimer', 'published', true]])
  })
})
