import { chromium } from 'playwright-core'
import { editorsDay } from './flows/editorsDay'
const browser = await chromium.launch({ args: ['--headless', '--no-sandbox', '--disable-gpu'], executablePath: '/usr/bin/chromium' })
try {
  await editorsDay({ apiKey: 'demo-website-key', base: 'http://127.0.0.1:3377', browser })
  console.log('PASSED')
} finally {
  await browser.close()
}
