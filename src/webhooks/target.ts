/**
 * Where a webhook may be sent: its host is resolved and every address checked, at save time and
 * again just before each send; the send then connects to the address that was checked, so a DNS
 * answer that changes in between (DNS rebinding) cannot redirect it inside the network.
 */
import { lookup } from 'node:dns/promises'

import { classifyAddress, classifyHostName, describeAddressKind, type AddressKind } from '../security/networkAddress'
import { hostKey } from './url'

export interface ResolvedAddress {
  address: string
  family: 4 | 6
}
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>

const systemResolver: Resolver = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }))

let resolver: Resolver = systemResolver

/** Tests replace DNS with a stub (they must never look up or contact real hosts); `undefined` restores it. */
export function setWebhookResolver(stub: Resolver | undefined) {
  resolver = stub ?? systemResolver
}

export interface TargetRules {
  /** Loopback receivers (localhost, 127.0.0.0/8, ::1) for local development; never honoured in production. */
  allowLocalhost: boolean
  /** Receivers inside the hospital's network that the operator listed (host names or IP addresses, lower case). */
  internalHosts?: ReadonlySet<string>
}

/**
 * The development allowance, CAREPATH_WEBHOOKS_ALLOW_LOCALHOST=true, ignored when NODE_ENV=production; and the
 * operator's list of internal receivers, CAREPATH_WEBHOOKS_INTERNAL_HOSTS (comma-separated host names or IP
 * addresses, e.g. an integration engine at 10.20.0.5), honoured everywhere. Only the server's environment can name
 * them, never an admin in the UI; https is still required in production (NODE_EXTRA_CA_CERTS for an internal CA).
 */
export const targetRulesFromEnv = (env: NodeJS.ProcessEnv = process.env): TargetRules => ({
  allowLocalhost: env.NODE_ENV !== 'production' && env.CAREPATH_WEBHOOKS_ALLOW_LOCALHOST === 'true',
  internalHosts: new Set((env.CAREPATH_WEBHOOKS_INTERNAL_HOSTS ?? '').split(',').map((h) => hostKey(h.trim())).filter(Boolean)),
})

export type TargetCheck = { address: ResolvedAddress; ok: true } | { message: string; ok: false }

const refusal = (host: string, kind: Exclude<AddressKind, 'public'>, address?: string): TargetCheck => ({
  message: `Webhooks cannot be sent to ${host}${address && address !== host ? ` (${address})` : ''}: it is ${describeAddressKind(kind)}. Use the receiver's public https:// address.`,
  ok: false,
})

const permitted = (kind: AddressKind, { allowLocalhost }: TargetRules): kind is 'loopback' | 'public' => kind === 'public' || (kind === 'loopback' && allowLocalhost)

/** Resolves `url`'s host and checks every address it has; the first permitted one is where to connect. */
export async function checkWebhookTarget(url: URL, rules: TargetRules): Promise<TargetCheck> {
  const host = url.hostname.replace(/^\[|\]$/g, '')
  const internal = rules.internalHosts?.has(hostKey(host)) ?? false
  const literal = classifyAddress(host)
  if (literal && internal) return { address: { address: host, family: host.includes(':') ? 6 : 4 }, ok: true }
  if (literal) {
    if (!permitted(literal, rules)) return refusal(url.hostname, literal)
    return { address: { address: host, family: host.includes(':') ? 6 : 4 }, ok: true }
  }
  const named = classifyHostName(host)
  if (named && !permitted(named, rules)) return refusal(url.hostname, named)

  let addresses: ResolvedAddress[]
  try {
    addresses = await resolver(host)
  } catch {
    return { message: `The host name ${url.hostname} could not be resolved; check the address of the receiver.`, ok: false }
  }
  if (addresses.length === 0) return { message: `The host name ${url.hostname} has no address.`, ok: false }
  for (const { address } of addresses) {
    const kind = classifyAddress(address) ?? 'reserved'
    // Names other than localhost never get the loopback allowance: that is the rebinding trick.
    if (kind === 'public' || internal || (named === 'loopback' && permitted(kind, rules))) continue
    return refusal(url.hostname, kind, address)
  }
  return { address: addresses[0]!, ok: true }
}
