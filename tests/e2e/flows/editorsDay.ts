/**
 * The editor's day, as the issue walks it: sign in → home → a filtered list → write an article with a banned term
 * and a hard paragraph → save → see the findings → submit → the medical reviewer (MD) approves → publishing is refused
 * while findings remain → the editor fixes them → approved again → published → the website and the patient portal get
 * it over HTTP → a PDF pamphlet shows its page count → a video without captions cannot be published → a snippet change
 * is a draft that says how many items it reaches → Spanish. A screenshot per step.
 */
import assert from 'node:assert/strict'

import type { Page } from 'playwright-core'

import { makePdf } from '../../int/helpers/files'
import { hydrated, log, signIn, snap, type E2E, type TrackedPage } from '../session'

const TITLE = 'Sugar diabetes and your feet'
const FIXED_TITLE = 'Diabetes and your feet'
const HARD = 'Peripheral neuropathy, a frequently underappreciated complication of longstanding hyperglycemia, substantially diminishes protective sensation, consequently predisposing individuals to unrecognized ulceration, infection, and, in considerably advanced circumstances, amputation necessitating multidisciplinary intervention.'
const PLAIN = 'High blood sugar can hurt the nerves in your feet. You may not feel a cut or a blister. Look at your feet every day. Call your care team if a sore does not heal in a few days.'

/** Picks `option` in a Payload select or relationship field (react-select), typing to search when asked. */
async function choose(page: Page, field: string, option: string, search?: string) {
  const control = page.locator(`#field-${field} .rs__control`)
  await control.click()
  if (search) await page.locator(`#field-${field} input`).fill(search)
  await page.locator('.rs__option', { hasText: option }).first().click()
  await page.keyboard.press('Escape')
}

/** The body's Lexical editor: replaces its text with `paragraphs`. */
async function writeBody(page: Page, paragraphs: string[]) {
  const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
  await editor.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Delete')
  for (const [i, text] of paragraphs.entries()) {
    if (i > 0) await page.keyboard.press('Enter')
    await page.keyboard.insertText(text)
  }
}

/** Inserts a shared snippet at the end of the body as an editor does: "/" in the editor, the Snippet block, the snippet. */
async function insertSnippet(page: Page, snippetTitle: string) {
  await page.locator('.rich-text-lexical [contenteditable="true"]').first().click()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  await page.keyboard.type('/snip')
  await page.locator('#slash-menu-popup__item-block-snippet').click()
  const block = page.locator('.LexicalEditorTheme__block-snippet').last()
  await block.locator('#field-snippet .rs__control').click()
  await page.locator('.rs__option', { hasText: snippetTitle }).first().click()
  await block.locator('.rs__single-value', { hasText: snippetTitle }).waitFor()
  // The block's form asks the server for its new state, then writes it into the editor's block node; the editor hands
  // its value to the document form when the browser is idle. Wait for the node to hold the snippet, then for idleness.
  await page.waitForFunction(() => {
    const root = document.querySelector('.rich-text-lexical [data-lexical-editor="true"]') as (Element & { __lexicalEditor?: { getEditorState(): { toJSON(): unknown } } }) | null
    const state = JSON.stringify(root?.__lexicalEditor?.getEditorState().toJSON() ?? null)
    return /"blockType":"snippet"/.test(state) && /"snippet":("[^"]+"|\d+)/.test(state)
  }, undefined, { polling: 100, timeout: 30_000 })
  for (let i = 0; i < 2; i += 1) await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1_000 })))
}

/** Saves as a draft and waits for the server's answer. */
async function saveDraft(page: Page) {
  const saved = page.waitForResponse((res) => /\/api\/articles(\/\d+)?\?/.test(res.url()) && ['POST', 'PATCH'].includes(res.request().method()))
  await page.click('#action-save-draft')
  const res = await saved
  assert.ok(res.ok(), `the draft saves (HTTP ${res.status()})`)
  await page.waitForURL(/\/admin\/collections\/articles\/\d+/)
}

/** Answers from the delivery API, as the website and the patient portal ask. */
async function deliver(e2e: E2E, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`${e2e.base}/api/delivery/graphql`, {
    body: JSON.stringify({ query, variables }),
    headers: { Authorization: `api-clients API-Key ${e2e.apiKey}`, 'Content-Type': 'application/json' },
    method: 'POST',
  })
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown }
  assert.equal(res.status, 200)
  assert.equal(body.errors, undefined, JSON.stringify(body.errors))
  return body.data!
}

/** Clicks a review act in the workflow panel once the panel has loaded it, and waits for the server's answer. */
async function workflowAct(page: Page, button: string) {
  const act = page.getByRole('button', { name: button })
  await hydrated(act)
  const [res] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/workflow') && r.request().method() === 'POST', { timeout: 60_000 }), act.click()])
  assert.ok(res.ok(), `${button}: HTTP ${res.status()} ${await res.text()}`)
}

export async function editorsDay(e2e: E2E) {
  const { base } = e2e
  log('Day: the editor signs in and lands on the home page…')
  const editor = await signIn(e2e, 'editor@carepath.example')
  await snap(editor, 'day-01-home')

  assert.ok(await editor.locator('[data-testid="carepath-icon"]').first().isVisible(), 'Carepath’s own mark in the admin')

  log('Day: retention content for new moms, one click on a saved view…')
  // Every article on one page (the demo library has more than a page of them, newest first).
  await editor.goto(`${base}/admin/collections/articles?limit=100`)
  await editor.locator('.table tbody tr').first().waitFor()
  const titles = await editor.locator('.cell-adminTitle').allInnerTexts()
  assert.ok(!titles.some((t) => /<No Title>/.test(t)), 'no untitled rows')
  assert.ok(titles.some((t) => t.startsWith('(es) ')), `Spanish-only items show their Spanish title, marked: ${titles.slice(0, 5).join(' | ')}`)
  await editor.locator('nav[data-testid="saved-views"] a', { hasText: 'Retention · New moms' }).click()
  await editor.locator('nav[data-testid="saved-views"] a[aria-current="true"]', { hasText: 'Retention · New moms' }).waitFor()
  const rows = editor.locator('.table tbody tr')
  await rows.first().waitFor()
  assert.ok((await rows.count()) > 0, 'the filtered list has rows')
  assert.ok((await editor.locator('[data-testid="brand-status-badge"]').count()) > 0, 'the list shows brand status badges')
  await snap(editor, 'day-02-filtered-list')

  log('Day: writing an article with a banned term and a hard paragraph…')
  await editor.goto(`${base}/admin/collections/articles/create`)
  await editor.fill('#field-title', TITLE)
  await editor.fill('#field-summary', 'How to keep your feet healthy when you have diabetes.')
  await writeBody(editor, [HARD, PLAIN])
  await choose(editor, 'stages', 'Retention')
  await choose(editor, 'conditions', 'Type 2 diabetes', 'Type 2')
  await saveDraft(editor)
  const articleURL = editor.url()
  const id = Number(/articles\/(\d+)/.exec(articleURL)![1])
  const panel = editor.locator('[data-testid="brand-check-panel"]')
  await panel.waitFor()
  const findings = await panel.innerText()
  assert.match(findings, /sugar diabetes/i, 'the panel names the banned term')
  assert.match(findings, /grade|reading level|readab/i, 'the panel reports the hard paragraph')
  const panelBox = await panel.boundingBox()
  assert.ok(panelBox && panelBox.y + panelBox.height <= 900, `the panel is visible without scrolling at 1440×900 (ends at ${panelBox?.y}+${panelBox?.height})`)
  // The banner at the top of the form names each place as the form labels it, never an internal path.
  const banner = editor.locator('[data-testid="brand-findings-banner"]')
  await banner.waitFor()
  const places = await banner.locator('.carepath-findings__where').allInnerTexts()
  assert.ok(places.some((p) => /^Title/.test(p)) && places.some((p) => /Body, paragraph 1/.test(p)), `findings name their places: ${places.join(' | ')}`)
  assert.doesNotMatch(await banner.innerText(), /body\.0|medicalReviewedAt/, 'no internal paths')
  assert.ok((await banner.innerText()).includes('Peripheral neuropathy'), 'the readability finding quotes the hardest sentence')
  await snap(editor, 'day-03-findings')
  await banner.locator('[data-testid="brand-finding"][data-rule="readingLevel"] button.carepath-findings__link').click()
  await editor.locator('.carepath-finding-highlight').first().waitFor()
  await snap(editor, 'day-03b-finding-clicked')

  log('Day: submitted; the medical reviewer approves…')
  await workflowAct(editor, 'Submit for review')
  const reviewer = await signIn(e2e, 'reviewer@carepath.example')
  await reviewer.goto(articleURL)
  await workflowAct(reviewer, 'Approve this version')
  await reviewer.reload()
  await snap(reviewer, 'day-04-approved')

  log('Day: publishing is refused while findings remain…')
  const refused = reviewer.waitForResponse((res) => res.url().includes(`/api/articles/${id}`) && res.request().method() === 'PATCH')
  await reviewer.click('#action-save')
  const refusal = await refused
  assert.equal(refusal.status(), 400, 'publishing is refused')
  const refusalText = await refusal.text()
  assert.match(refusalText, /sugar diabetes/i)
  await reviewer.locator('[data-testid="brand-findings-banner"][data-state="refused"]').waitFor()
  await snap(reviewer, 'day-05-publish-refused')
  // The same refusal over GraphQL, from this production build, carries the findings for tools in extensions.data.
  const graphql = await reviewer.request.post(`${base}/api/graphql`, { data: { query: `mutation { updateArticle(id: ${id}, data: { _status: published }) { id } }` }, headers: { Origin: base } })
  const graphqlError = ((await graphql.json()) as { errors?: Array<{ extensions?: { data?: { reason?: string; findings?: Array<{ rule: string; path: string }> }; statusCode?: number } }> }).errors?.[0]
  assert.equal(graphqlError?.extensions?.statusCode, 400, `GraphQL refuses the publish: ${JSON.stringify(graphqlError)}`)
  assert.equal(graphqlError?.extensions?.data?.reason, 'brandGuidelines', 'GraphQL says why: the brand guidelines')
  assert.ok(graphqlError?.extensions?.data?.findings?.some((f) => f.rule === 'terminology' && f.path === 'title'), `GraphQL lists the findings: ${JSON.stringify(graphqlError?.extensions?.data)}`)
  // Still there once the toast is gone.
  await reviewer.waitForTimeout(8_000)
  assert.ok(await reviewer.locator('[data-testid="brand-findings-banner"][data-state="refused"]').isVisible(), 'the refusal stays on the form')

  log('Day: the editor fixes the findings…')
  await editor.goto(articleURL)
  await editor.fill('#field-title', FIXED_TITLE)
  await writeBody(editor, [PLAIN])
  // The required disclaimer goes in as a Snippet block, picked in the editor.
  await insertSnippet(editor, 'Medical disclaimer')
  await saveDraft(editor)
  const api = (path: string) => editor.request.fetch(`${base}/api/${path}`, { headers: { Origin: base } })
  const disclaimer = ((await (await api('snippets?where[slug][equals]=medical-disclaimer&depth=0')).json()) as { docs: Array<{ id: number }> }).docs[0]!
  const saved = (await (await api(`articles/${id}?draft=true&depth=0`)).json()) as { body: { root: { children: Array<{ type: string; fields?: { blockType?: string; snippet?: unknown } }> } } }
  assert.deepEqual(
    saved.body.root.children.filter((n) => n.type === 'block').map((n) => [n.fields?.blockType, n.fields?.snippet]),
    [['snippet', disclaimer.id]],
    'the draft holds the disclaimer block picked in the editor',
  )
  await editor.reload()
  await snap(editor, 'day-06-fixed')
  // What the editor fixed is gone; the medical review date comes back with the reviewer's new approval.
  const fixedErrors = await editor.locator('[data-testid="brand-check-panel"] [data-testid="brand-finding"][data-severity="error"]').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')))
  assert.deepEqual(fixedErrors, ['medicalReviewFreshness'], `only the pending medical review is an error: ${fixedErrors.join(', ')}`)

  log('Day: approved again and published…')
  // The edit made the approval stale: the reviewer approves what is there now. The editor's page still holds the
  // document's lock (the Snippet block's form re-syncs after the save), so the reviewer takes it over: the draft is saved.
  await reviewer.goto(articleURL)
  const takeOver = reviewer.getByRole('button', { name: 'Take over' })
  if (await takeOver.waitFor({ timeout: 15_000 }).then(() => true, () => false)) {
    await snap(reviewer, 'day-06b-document-locked')
    await hydrated(takeOver)
    await takeOver.click()
  }
  await workflowAct(reviewer, 'Approve this version')
  await reviewer.reload()
  const published = reviewer.waitForResponse((res) => res.url().includes(`/api/articles/${id}`) && res.request().method() === 'PATCH')
  await reviewer.click('#action-save')
  const publish = await published
  assert.ok(publish.ok(), `publishing succeeds: HTTP ${publish.status()} ${await publish.text()}`)
  await reviewer.reload()
  await snap(reviewer, 'day-07-published')

  log('Day: the website and the patient portal get it…')
  let portal: Array<{ title: string }> = []
  let website: Array<{ title: string }> = []
  for (let attempt = 0; attempt < 20; attempt += 1) {
    website = (await deliver(e2e, 'query ($p: ContentProfileInput!) { personalizedContent(profile: $p, limit: 50) { title } }', { p: { conditions: ['type-2-diabetes'], stage: 'retention' } })).personalizedContent as typeof website
    portal = (await deliver(e2e, 'query { contentForCodes(codes: [{ system: ICD10CM, code: "E11.9" }], locale: en, audience: PATIENT) { title } }', {})).contentForCodes as typeof portal
    if (website.some((i) => i.title === FIXED_TITLE) && portal.some((i) => i.title === FIXED_TITLE)) break
    await new Promise((r) => setTimeout(r, 500))
  }
  assert.ok(website.some((i) => i.title === FIXED_TITLE), 'personalizedContent serves the new article')
  assert.ok(portal.some((i) => i.title === FIXED_TITLE), 'contentForCodes serves the new article for E11.9')

  await uploads(e2e, editor)
  await snippetDraft(e2e, editor)

  await spanish(e2e, editor)

  assert.deepEqual(editor.externalRequests, [], 'the admin loads nothing from other hosts')
  assert.deepEqual((reviewer as TrackedPage).externalRequests, [], 'the admin loads nothing from other hosts')
  await Promise.all([editor.close(), reviewer.close()])
}

/** The admin switched to Spanish: Spanish titles, and English-only items by their English title marked "(en)". */
async function spanish(e2e: E2E, editor: TrackedPage) {
  log('Day: switching the admin to Spanish…')
  await editor.goto(`${e2e.base}/admin/collections/articles?limit=100`)
  await editor.locator('.table tbody tr').first().waitFor()
  await hydrated(editor.locator('.localizer button').first())
  await editor.locator('.localizer button').first().click()
  await Promise.all([editor.waitForURL(/locale=es/), editor.locator('.popup__content').getByText('Español').first().click()])
  await editor.locator('.localizer-button[aria-label="Locale"][data-locale="es"]').waitFor()
  // The switch keeps the list's first page (10 rows) and the saved view chosen this morning; show every article (an
  // empty `preset` clears the remembered view, as the list's own clear button does).
  await editor.goto(`${e2e.base}/admin/collections/articles?locale=es&limit=100&preset=`)
  await editor.locator('.localizer-button[aria-label="Locale"][data-locale="es"]').waitFor()
  await editor.locator('.table tbody tr').first().waitFor()
  const titles = await editor.locator('.cell-adminTitle').allInnerTexts()
  const list = titles.slice(0, 12).join(' | ')
  assert.ok(titles.some((t) => t.startsWith('(en) ')), `English-only items show their English title, marked "(en)": ${list}`)
  assert.ok(titles.some((t) => /[¿áéíóúñ]/i.test(t) && !t.startsWith('(')), `translated items show their Spanish title: ${list}`)
  assert.ok(!titles.some((t) => /<No Title>|^\d+$/.test(t)), `no untitled rows: ${list}`)
  await snap(editor, 'day-12-spanish-list')
  const fallback = titles.find((t) => t.startsWith('(en) '))!
  await editor.locator('.cell-adminTitle a', { hasText: fallback }).first().click()
  await editor.waitForURL(/\/admin\/collections\/articles\/\d+/)
  await editor.locator('h1', { hasText: fallback }).waitFor()
  await snap(editor, 'day-13-spanish-fallback-heading')
}

/** A PDF pamphlet shows its page count; a video without captions cannot be published. */
async function uploads(e2e: E2E, editor: TrackedPage) {
  log('Day: uploading a PDF for a pamphlet…')
  await editor.goto(`${e2e.base}/admin/collections/documents/create`)
  await editor.setInputFiles('input[type="file"]', { buffer: makePdf(3), mimeType: 'application/pdf', name: 'foot-care-checklist.pdf' })
  const saved = editor.waitForResponse((res) => res.url().includes('/api/documents') && res.request().method() === 'POST')
  await editor.click('#action-save')
  const upload = await saved
  assert.ok(upload.ok(), `the PDF uploads: HTTP ${upload.status()} ${await upload.text()}`)
  await editor.waitForURL(/\/documents\/\d+/)
  await editor.reload()
  assert.equal(await editor.locator('#field-pageCount').inputValue(), '3', 'the page count is read from the PDF')
  await snap(editor, 'day-08-pdf-page-count')

  log('Day: a video without captions…')
  // A cookie-authenticated write counts only from Carepath's own origin (CSRF), as the admin's own requests do.
  const video = await editor.request.post(`${e2e.base}/api/videos?draft=true`, {
    headers: { Origin: e2e.base },
    data: { source: 'external', stages: ['awareness'], summary: 'A short walk-through of a daily foot check.', title: 'Checking your feet every day', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
  })
  assert.ok(video.ok(), `the video draft saves: ${video.status()} ${await video.text()}`)
  const videoId = ((await video.json()) as { doc: { id: number } }).doc.id
  await editor.goto(`${e2e.base}/admin/collections/videos/${videoId}`)
  const panel = editor.locator('[data-testid="brand-check-panel"]')
  await panel.waitFor()
  assert.match(await panel.innerText(), /caption/i, 'the panel says captions are missing')
  await snap(editor, 'day-09-video-without-captions')
}

/** A change to a shared snippet is a draft that says how many published items it reaches. */
async function snippetDraft(e2e: E2E, editor: TrackedPage) {
  log('Day: editing the medical disclaimer snippet as a draft…')
  const disclaimer = ((await (await editor.request.get(`${e2e.base}/api/snippets?where[slug][equals]=medical-disclaimer&depth=0`)).json()) as { docs: Array<{ id: number }> }).docs[0]!
  await editor.goto(`${e2e.base}/admin/collections/snippets/${disclaimer.id}`)
  const reach = editor.locator('[data-testid="snippet-reach"]')
  await reach.waitFor()
  const reachText = await reach.innerText()
  const reached = Number(/updates (\d+) published item/.exec(reachText)?.[1])
  assert.ok(reached > 0, `the snippet says how many items it reaches: ${reachText}`)
  assert.equal(await editor.locator('#action-save').count(), 0, 'an editor has no Publish button on a snippet')
  // Only a medical reviewer (or an admin) publishes a clinical snippet: the brand manager gets no Publish button either.
  const brand = await signIn(e2e, 'brand@carepath.example')
  await brand.goto(`${e2e.base}/admin/collections/snippets/${disclaimer.id}`)
  await brand.locator('#action-save-draft').waitFor()
  assert.equal(await brand.locator('#action-save').count(), 0, 'a brand manager has no Publish button on a clinical snippet')
  await snap(brand, 'day-10b-snippet-brand-manager')
  await brand.close()
  const reviewer = await signIn(e2e, 'reviewer@carepath.example')
  await reviewer.goto(`${e2e.base}/admin/collections/snippets/${disclaimer.id}`)
  await reviewer.locator('#action-save').waitFor()
  await reviewer.close()
  await snap(editor, 'day-10-snippet-reach')
  await editor.locator('.rich-text-lexical [contenteditable="true"]').first().click()
  await editor.keyboard.press('End')
  await editor.keyboard.insertText(' Talk with your care team before you change your treatment.')
  const saved = editor.waitForResponse((res) => res.url().includes(`/api/snippets/${disclaimer.id}`) && res.request().method() === 'PATCH')
  await editor.click('#action-save-draft')
  assert.ok((await saved).ok(), 'the snippet draft saves')
  const live = (await (await fetch(`${e2e.base}/api/snippets/${disclaimer.id}?depth=0`)).json()) as { body: unknown }
  assert.doesNotMatch(JSON.stringify(live.body), /before you change your treatment/, 'visitors still get the published text')
  await snap(editor, 'day-11-snippet-draft')
}

