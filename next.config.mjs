import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/security/httpHeaders.mjs'

const projectDir = path.dirname(fileURLToPath(import.meta.url))

/** Turbopack compiles only files under its root: when node_modules is a symlink (a git worktree), the root must hold both. */
function turbopackRoot() {
  const modules = fs.realpathSync(path.join(projectDir, 'node_modules'))
  let root = projectDir
  while (!`${modules}${path.sep}`.startsWith(`${root}${path.sep}`) && path.dirname(root) !== root) root = path.dirname(root)
  return root
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // CSP, frame, sniffing, referrer and (behind https) HSTS headers on the admin and the APIs.
  headers: async () => [{ headers: securityHeaders(), source: '/:path*' }],
  poweredByHeader: false,
  turbopack: { root: turbopackRoot() },
  // sharp and the database drivers are native; keep them out of the server bundle.
  serverExternalPackages: ['sharp', '@libsql/client', 'libsql', 'pg'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
