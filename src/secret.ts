/** Decides the secret that signs sessions and indexes API keys. Missing in production is fatal. */
export function resolvePayloadSecret(env: NodeJS.ProcessEnv): string {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (secret) {
    if (env.NODE_ENV === 'production' && secret.length < 32) {
      throw new Error('PAYLOAD_SECRET is too short: use at least 32 random characters (for example `openssl rand -hex 32`).')
    }
    return secret
  }
  // `next build` imports the config without runtime secrets; it never serves a request.
  if (env.NODE_ENV !== 'production' || env.NEXT_PHASE === 'phase-production-build') {
    return 'carepath-development-secret-not-for-production'
  }
  throw new Error(
    'PAYLOAD_SECRET is not set. Carepath refuses to start in production without it: set PAYLOAD_SECRET to a long random string (for example `openssl rand -hex 32`). `npm start` on the embedded database creates one in ./data for you.',
  )
}
