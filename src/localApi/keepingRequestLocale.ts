import type { PayloadRequest } from 'payload'

/**
 * Runs Local API calls that share `req` (and so its transaction) without letting them change the
 * locale of the save in progress: a Local API call given `req` and a `locale` rewrites `req.locale`.
 */
export async function keepingRequestLocale<T>(req: PayloadRequest, run: () => Promise<T>): Promise<T> {
  const { fallbackLocale, locale } = req
  try {
    return await run()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}
