/** What every browser flow shares: the server's address, signing in, screenshots, and the log. */
import path from 'node:path'

import type { Browser, Locator, Page } from 'playwright-core'

import { DEMO_PASSWORD } from '../../src/seed/accounts'
import { root } from '../support/production'

export const artifacts = path.join(root, 'tests/e2e/artifacts')
const started = Date.now()
export const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`
export const log = (message: string) => console.log(`[e2e ${elapsed()}] ${message}`)

export interface E2E {
  base: string
  browser: Browser
  /** A website API client's key, for reading delivery over HTTP as the website would. */
  apiKey: string
}

/** Pages remember every request to another host: the admin must work with no internet. */
export type TrackedPage = Page & { externalRequests: string[] }

export async function signIn({ base, browser }: E2E, email: string): Promise<TrackedPage> {
  const page = (await browser.newPage({ viewport: { height: 900, width: 1440 } })) as TrackedPage
  page.externalRequests = []
  page.setDefaultTimeout(60_000) // a shared build machine under load can take longer than Playwright's 30 s default
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) page.externalRequests.push(request.url())
  })
  await page.goto(`${base}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', DEMO_PASSWORD)
  await page.click('button[type="submit"]')
  await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
  await page.waitForSelector('h1:has-text("Editors’ home")', { timeout: 60_000 })
  return page
}

/** A full-page screenshot in tests/e2e/artifacts/ (git-ignored), named for the step. */
export const snap = (page: Page, name: string) => page.screenshot({ fullPage: true, path: path.join(artifacts, `${name}.png`) })

/** Waits until React has hydrated the element (its handlers are attached): a click before that does nothing. */
export async function hydrated(locator: Locator) {
  await locator.waitFor()
  const element = await locator.elementHandle()
  await locator.page().waitForFunction((el) => Boolean(el) && Object.keys(el!).some((key) => key.startsWith('__reactProps$')), element, { polling: 100, timeout: 60_000 })
}
