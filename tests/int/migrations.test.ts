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
    const { statementsToExecute } = await pushSchema(db.schema, db.drizzle, db.schemaName ? [db.schemaName] : undefined)
    // drizzle-kit always re-issues numeric defaults on Postgres (it compares '8'::numeric to 8); not a schema change.
    const realChanges = statementsToExecute.filter((sql) => !/ALTER COLUMN "[a-z_]+" SET DEFAULT \d+(\.\d+)?;$/.test(sql))
    expect(realChanges).toEqual([])

    // And the migrated database works: a published article round-trips.
    const article = await carepath.payload.create({
      collection: 'articles',
      data: { _status: 'published',
        medicalReviewedAt: new Date().toISOString(), stages: ['awareness'], title: 'Migrated schema works' },
    })
    expect(article.slug).toBe('migrated-schema-works')
  })
})
