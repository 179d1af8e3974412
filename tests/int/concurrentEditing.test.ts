/**
 * Issue 12, proof under faults: two editors saving the same document. Payload's document locking (the admin takes a
 * lock when an editor opens a document) makes the second editor's save fail loudly with 423, never overwrite silently.
 */
import { createStaff, lexical } from './helpers/fixtures'
import { apiClient } from './helpers/http'
import { bootCarepath, type TestCarepath } from './helpers/payload'

let carepath: TestCarepath
let api: ReturnType<typeof apiClient>

beforeAll(async () => {
  carepath = await bootCarepath()
  api = apiClient(carepath.config)
})

afterAll(async () => {
  await carepath?.shutdown()
})

/** What the admin does when an editor opens a document: take the lock in their name. */
const openForEditing = (editor: Awaited<ReturnType<typeof createStaff>>, id: number | string) =>
  api.rest('POST', 'payload-locked-documents', {
    auth: { token: editor.token },
    body: { document: { relationTo: 'articles', value: id }, user: { relationTo: 'users', value: editor.user.id } },
  })

describe('two editors saving the same document', () => {
  it('the second save is refused with 423 while the first editor holds the document; nothing is lost', async () => {
    const alice = await createStaff(carepath.payload, ['editor'], 'alice')
    const bob = await createStaff(carepath.payload, ['editor'], 'bob')
    const article = await carepath.payload.create({ collection: 'articles', data: { body: lexical('Text.'), stages: ['awareness'], title: 'Shared page' } as never, draft: true })

    expect((await openForEditing(alice, article.id)).status).toBe(201)

    // Bob opens it too: he cannot take the lock from under Alice.
    const second = await openForEditing(bob, article.id)
    expect(second.status).toBe(423)
    expect(second.body.errors[0].message).toMatch(/Someone else is editing this document/)

    // Both save at the same moment.
    const [fromAlice, fromBob] = await Promise.all([
      api.rest('PATCH', `articles/${article.id}?draft=true`, { auth: { token: alice.token }, body: { title: 'Alice’s title' } }),
      api.rest('PATCH', `articles/${article.id}?draft=true`, { auth: { token: bob.token }, body: { summary: 'Bob’s summary' } }),
    ])
    expect(fromAlice.status).toBe(200)
    expect(fromBob.status).toBe(423)
    expect(JSON.stringify(fromBob.body)).toMatch(/locked/i)

    const stored = await carepath.payload.findByID({ collection: 'articles', draft: true, id: article.id })
    expect(stored.title).toBe('Alice’s title')
    expect(stored.summary ?? null).toBeNull() // Bob's refused save left no trace; he was told
  })
})
