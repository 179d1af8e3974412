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

/**
 * The sources' hash when .next holds a build of exactly these sources, else null with the hash to build and stamp
 * (taken before the build: a file changed while it runs makes the next check rebuild).
 * @param {string} root
 * @returns {{ current: boolean, hash: string }}
 */
export function buildState(root) {
  const stamp = stampFile(root)
  const hash = sourceHash(root)
  const current = fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash
  return { current, hash }
}

/** Records that .next now holds a build of the sources whose hash `buildState` gave. @param {string} root @param {string} hash */
export function markBuilt(root, hash) {
  fs.writeFileSync(stampFile(root), hash)
}
