/**
 * The production build's stamp: a hash of everything that goes into `next build`, so `npm start`, the browser test
 * and the operations test rebuild only when the sources changed.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const INPUTS = ['src', 'payload.config.ts', 'next.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json']

/** @param {string} root */
export function sourceHash(root) {
  const hash = createHash('sha256')
  /** @param {string} entry */
  const visit = (entry) => {
    const full = path.join(root, entry)
    if (!fs.existsSync(full)) return
    if (fs.statSync(full).isDirectory()) for (const child of fs.readdirSync(full).sort()) visit(path.join(entry, child))
    else hash.update(entry).update(fs.readFileSync(full))
  }
  for (const entry of INPUTS) visit(entry)
  return hash.digest('hex')
}

const stampFile = (/** @type {string} */ root) => path.join(root, '.next', 'carepath-source-hash')

/** True when .next holds a build of exactly these sources. @param {string} root */
export function buildIsCurrent(root) {
  const stamp = stampFile(root)
  return fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === sourceHash(root)
}

/** Records that .next now holds a build of these sources. @param {string} root */
export function markBuilt(root) {
  fs.writeFileSync(stampFile(root), sourceHash(root))
}
