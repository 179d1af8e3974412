/** The editors' home for the demo editor and reviewer: coverage table, each role's work lists, language filter. */
import assert from 'node:assert/strict'

import type { Page } from 'playwright-core'

import { log, signIn, snap, type E2E } from '../session'

/** The checks every role shares: a coverage table with headers, gaps that link to filtered lists. */
async function checkCoverage(page: Page) {
  const table = page.locator('table.cp-home__matrix')
  await table.waitFor()
  const columnHeaders = await table.locator('thead th[scope="col"]').allInnerTexts()
  assert.equal(columnHeaders[0], 'Stage')
  assert.ok(columnHeaders.includes('Everyone'), `an Everyone column: ${columnHeaders.join(', ')}`)
  assert.ok(columnHeaders.length >= 3, 'segment columns')
  assert.deepEqual(await table.locator('tbody th[scope="row"]').allInnerTexts(), ['Awareness', 'Acceptance', 'Acquisition', 'Conversion', 'Retention'])
  const counted = (await table.locator('tbody td:not(.cp-home__gap) a').allInnerTexts()).map(Number)
  assert.ok(counted.length > 0 && counted.every((n) => n > 0), 'cells with published demo content')
  const gap = table.locator('td.cp-home__gap a').first()
  if (await gap.count()) {
    const href = (await gap.getAttribute('href')) ?? ''
    assert.match(href, /^\/admin\/collections\/(articles|pamphlets|videos|events)\?where\[or\]\[0\]\[and\]\[0\]\[stages\]\[in\]=/)
  }
}

export async function dashboard(e2e: E2E) {
  log('Editors’ home as the demo editor…')
  const editor = await signIn(e2e, 'editor@carepath.example')
  await checkCoverage(editor)
  const editorWidgets = await editor.locator('.cp-home__card h3').allInnerTexts()
  assert.deepEqual(editorWidgets.map((h) => h.replace(/\s*\d+$/, '')), ['Sent back to me', 'Reviews due soon or overdue', 'Failing the brand check'])
  const sentBack = editor.locator('section[aria-labelledby="cp-work-sentBackToMe"] li a')
  assert.deepEqual(await sentBack.allInnerTexts(), ['Starting insulin at home'])
  assert.ok(await editor.getByText('Say when to call the care team about low blood sugar.').isVisible())
  assert.ok((await editor.locator('section[aria-labelledby="cp-work-failingBrandCheck"] li a').allInnerTexts()).includes('Sugar diabetes myths'))
  await snap(editor, 'dashboard-editor')

  log('Filtering the home by language (Spanish)…')
  await editor.selectOption('select[name="language"]', 'es')
  await Promise.all([editor.waitForURL(/language=es/), editor.click('button:has-text("Show")')])
  await editor.waitForSelector('table.cp-home__matrix caption:has-text("in Español")', { state: 'attached' })
  await snap(editor, 'dashboard-editor-spanish')

  log('Editors’ home as the demo reviewer…')
  const reviewer = await signIn(e2e, 'reviewer@carepath.example')
  await checkCoverage(reviewer)
  const reviewerWidgets = await reviewer.locator('.cp-home__card h3').allInnerTexts()
  assert.deepEqual(reviewerWidgets.map((h) => h.replace(/\s*\d+$/, '')), ['Waiting for my review', 'Reviews due soon or overdue'])
  assert.ok((await reviewer.locator('section[aria-labelledby="cp-work-waitingForMyReview"] li a').allInnerTexts()).includes('Caring for your feet with diabetes'))
  await snap(reviewer, 'dashboard-reviewer')

  for (const page of [editor, reviewer]) assert.deepEqual(page.externalRequests, [], 'the admin home loads nothing from other hosts')
  await Promise.all([editor.close(), reviewer.close()])
}
