import { withPayload } from '@payloadcms/next/withPayload'

import { securityHeaders } from './src/security/httpHeaders.mjs'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // CSP, frame, sniffing, referrer and (behind https) HSTS headers on the admin and the APIs.
  headers: async () => [{ headers: securityHeaders(), source: '/:path*' }],
  poweredByHeader: false,
  // sharp and the database drivers are native; keep them out of the server bundle.
  serverExternalPackages: ['sharp', '@libsql/client', 'libsql', 'pg'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
