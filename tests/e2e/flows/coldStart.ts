/**
 * The first visits after the server said "Ready" (run first, on a server nobody has used): how long until the sign-in
 * page and an article's edit page can be used. Prints the figures (no assertion on time: speed is measured, not
 * tested) and checks that both pages do become usable.
 */
import assert from 'node:assert/strict'

import type { Page } from 'playwright-core'

import { DEMO_PASSWORD } from '../../../src/seed/accounts'
import { log, snap, type E2E } from '../session'

/** Resolves once `selector` is on the page, enabled, and React has hydrated it (its event handlers are attached). */
const usable = (page: Page, selector: string) =>
  page.waitForFunction(
    (css) => {
      const el = document.querySelector(css) as (HTMLElement & { disabled?: boolean }) | null
      return Boolean(el && !el.disabled && el.getAttribute('aria-disabled') !== 'true' && Object.keys(el).some((key) => key.startsWith('__reactProps$')))
    },
    selector,
    { polling: 50, timeout: 60_000 },
  )

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

export async function coldStart(e2e: E2E) {
  const { base, browser } = e2e
  const list = (await (await fetch(`${base}/api/articles?limit=2&depth=0&sort=id`, { headers: { Authorization: `api-clients API-Key ${e2e.apiKey}` } })).json()) as { docs: Array<{ id: number }> }
  const [article, another] = list.docs
  assert.ok(article && another, 'published demo articles to open')

  const context = await browser.newContext({ viewport: { height: 900, width: 1440 } })
  const page = await context.newPage()
  log('Cold start: the first visit of the sign-in page…')
  let started = Date.now()
  await page.goto(`${base}/admin/login`, { waitUntil: 'commit' })
  await usable(page, 'button[type="submit"]')
  await usable(page, '#field-email')
  const login = Date.now() - started

  await page.fill('#field-email', 'editor@carepath.example')
  await page.fill('#field-password', DEMO_PASSWORD)
  await Promise.all([page.waitForURL((url) => /^\/admin\/?$/.test(url.pathname), { timeout: 60_000 }), page.click('button[type="submit"]')])
  await page.waitForSelector('h1:has-text("Editors’ home")', { timeout: 60_000 })

  log('Cold start: the first visit of an article’s edit page…')
  const requests: string[] = []
  const onResponse = async (res: import('playwright-core').Response) => {
    const req = res.request()
    const timing = req.timing()
    const size = (await res.body().catch(() => Buffer.alloc(0))).length
    requests.push(`${(timing.startTime - started).toFixed(0).padStart(5)} ms +${(timing.responseEnd).toFixed(0).padStart(5)} ms ${req.method()} ${res.status()} ${(size / 1024).toFixed(0).padStart(5)} KB ${new URL(req.url()).pathname.slice(0, 90)}${req.headers()['next-action'] ? ' (server function)' : ''}`)
  }
  page.on('response', onResponse)
  started = Date.now()
  await page.goto(`${base}/admin/collections/articles/${article.id}`, { waitUntil: 'commit' })
  await usable(page, '#field-title')
  const fields = Date.now() - started
  await usable(page, '.rich-text-lexical [contenteditable="true"]')
  const body = Date.now() - started
  await page.locator('[data-testid="brand-check-panel"]').waitFor({ timeout: 60_000 })
  const panel = Date.now() - started
  await snap(page, 'cold-start-edit-page')
  page.off('response', onResponse)
  const navigation = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]
    return nav ? { domContentLoaded: nav.domContentLoadedEventEnd, responseEnd: nav.responseEnd, responseStart: nav.responseStart } : null
  })
  if (process.env.E2E_PROFILE) log(`Edit page: document ${JSON.stringify(navigation)}; requests (start after navigation, duration):\n${requests.join('\n')}`)
  log(`First visits after start: sign-in page usable after ${seconds(login)}; article edit page: fields ${seconds(fields)}, body editor ${seconds(body)}, brand check panel ${seconds(panel)}`)
  // For comparison on this (shared, noisy) machine: another article, everything warm.
  started = Date.now()
  await page.goto(`${base}/admin/collections/articles/${another.id}`, { waitUntil: 'commit' })
  await usable(page, '#field-title')
  await usable(page, '.rich-text-lexical [contenteditable="true"]')
  log(`A later edit page, warm: fields and body editor usable after ${seconds(Date.now() - started)}`)
  await context.close()
}
