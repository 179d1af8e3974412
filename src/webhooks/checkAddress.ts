import { checkWebhookTarget, targetRulesFromEnv } from './target'
import { checkWebhookURL } from './url'

/** Save-time check of a webhook URL: the URL itself, then every address its host name resolves to. */
export async function checkWebhookAddress(value: unknown, env: NodeJS.ProcessEnv = process.env): Promise<string | true> {
  const rules = { ...targetRulesFromEnv(env), production: env.NODE_ENV === 'production' }
  const verdict = checkWebhookURL(value, rules)
  if (verdict !== true) return verdict
  const target = await checkWebhookTarget(new URL(String(value).trim()), rules)
  return target.ok || target.message
}
