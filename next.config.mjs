import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // sharp and the database drivers are native; keep them out of the server bundle.
  serverExternalPackages: ['sharp', '@libsql/client', 'libsql', 'pg'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
