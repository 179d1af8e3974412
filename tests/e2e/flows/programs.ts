/** Programs in the admin: the list with its broken-steps badge, and the New mom program's timeline with step statuses. */
import assert from 'node:assert/strict'

import { log, signIn, snap, type E2E } from '../session'

export async function programs(e2e: E2E) {
  log('Programs: the list and the New mom timeline…')
  const editor = await signIn(e2e, 'editor@carepath.example')
  // In Spanish (the editor switched earlier in the day): every program has a name, English-only ones marked "(en)".
  await editor.goto(`${e2e.base}/admin/collections/programs?locale=es`)
  const rows = editor.locator('.table tbody tr')
  await rows.first().waitFor()
  const spanish = await editor.locator('.cell-adminTitle').allInnerTexts()
  assert.ok(spanish.includes('Mamá primeriza') && spanish.some((n) => n.startsWith('(en) ')), `Spanish names and marked fallbacks: ${spanish.join(' | ')}`)
  assert.ok(!spanish.some((n) => /<No |^\s*$/.test(n)), `no unnamed programs: ${spanish.join(' | ')}`)
  await editor.goto(`${e2e.base}/admin/collections/programs?locale=en`)
  await editor.locator('.localizer-button[aria-label="Locale"][data-locale="en"]').waitFor()
  await rows.first().waitFor()
  const names = await editor.locator('.cell-adminTitle').allInnerTexts()
  for (const name of ['New mom', 'After your visit', 'Flu season']) {
    assert.ok(names.some((n) => n.includes(name)), `the demo program "${name}" is listed: ${names.join(' | ')}`)
  }
  // Each badge carries the count the list read (not "—", unavailable); every demo
  // program's steps can be served, so each says so.
  const badges = editor.locator('[data-testid="broken-steps-badge"]')
  assert.ok((await badges.count()) >= 3, 'a broken-steps badge per program')
  await editor.waitForFunction(() => [...document.querySelectorAll('[data-testid="broken-steps-badge"]')].every((b) => b.hasAttribute('data-broken')))
  assert.deepEqual(new Set(await badges.allInnerTexts()), new Set(['All steps OK']))
  await snap(editor, 'programs-list')

  await editor.locator('.table tbody tr a', { hasText: 'New mom' }).first().click()
  await editor.waitForURL(/\/admin\/collections\/programs\/\d+/)
  const timeline = editor.locator('[data-testid="program-timeline"]')
  await timeline.waitFor()
  const cards = timeline.locator('[data-testid="timeline-step"]')
  await cards.first().waitFor()
  assert.ok((await cards.count()) >= 9, `three tracks of steps on the timeline (${await cards.count()} cards)`)
  // Statuses come from the integrity endpoint: every card ends up "ok" (none unknown, none broken).
  await editor.waitForFunction(() => [...document.querySelectorAll('[data-testid="timeline-step"]')].every((c) => c.getAttribute('data-status') === 'ok'))
  await snap(editor, 'programs-timeline')
  assert.deepEqual(editor.externalRequests, [], 'the programs pages load nothing from other hosts')
  await editor.close()
}
