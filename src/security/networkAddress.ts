/**
 * Which network addresses a server-side request (webhooks) may reach. Pure: strings in, verdicts out.
 * Hosts are given as the WHATWG URL parser leaves them, so decimal, octal and hex IPv4 forms
 * (http://2130706433/, http://0177.0.0.1/, http://0x7f.1/) arrive already normalised to 127.0.0.1.
 */
import { isIPv4, isIPv6 } from 'node:net'

export type AddressKind =
  | 'cgnat'
  | 'link-local'
  | 'loopback'
  | 'metadata'
  | 'multicast'
  | 'private'
  | 'public'
  | 'reserved'
  | 'unspecified'

/** Names that always mean "this machine" or a cloud metadata service, whatever DNS says. */
const METADATA_NAMES = new Set(['metadata', 'metadata.google.internal', 'metadata.goog', 'instance-data', 'instance-data.ec2.internal'])

const ipv4ToInt = (ip: string) => ip.split('.').reduce((n, part) => n * 256 + Number(part), 0)
const inV4 = (n: number, base: string, bits: number) => {
  const mask = bits === 0 ? 0 : 2 ** 32 - 2 ** (32 - bits)
  return (n & mask) >>> 0 === (ipv4ToInt(base) & mask) >>> 0
}

function classifyIPv4(ip: string): AddressKind {
  const n = ipv4ToInt(ip)
  if (n === ipv4ToInt('169.254.169.254')) return 'metadata'
  if (inV4(n, '0.0.0.0', 8)) return 'unspecified'
  if (inV4(n, '127.0.0.0', 8)) return 'loopback'
  if (inV4(n, '10.0.0.0', 8) || inV4(n, '172.16.0.0', 12) || inV4(n, '192.168.0.0', 16)) return 'private'
  if (inV4(n, '100.64.0.0', 10)) return 'cgnat'
  if (inV4(n, '169.254.0.0', 16)) return 'link-local'
  if (inV4(n, '224.0.0.0', 4)) return 'multicast'
  // IETF protocol assignments, documentation, benchmarking, 6to4 relay, class E and broadcast.
  for (const [base, bits] of [['192.0.0.0', 24], ['192.0.2.0', 24], ['198.18.0.0', 15], ['198.51.100.0', 24], ['203.0.113.0', 24], ['192.88.99.0', 24], ['240.0.0.0', 4]] as const) {
    if (inV4(n, base, bits)) return 'reserved'
  }
  return 'public'
}

/** The 8 groups of an IPv6 address as numbers (handles "::" and a trailing dotted IPv4). */
function ipv6Groups(ip: string): number[] {
  let text = ip.replace(/^\[|\]$/g, '').split('%')[0]!.toLowerCase()
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)
  if (dotted) {
    const n = ipv4ToInt(dotted[1]!)
    text = text.slice(0, -dotted[1]!.length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined]
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const missing = tail === undefined ? 0 : 8 - left.length - right.length
  return [...left, ...Array(missing).fill('0'), ...right].map((g) => parseInt(g || '0', 16))
}

function classifyIPv6(ip: string): AddressKind {
  const g = ipv6Groups(ip)
  const v4 = (a: number, b: number) => `${a >> 8}.${a & 255}.${b >> 8}.${b & 255}`
  if (g.every((x) => x === 0)) return 'unspecified'
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'loopback'
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) carry an IPv4 address.
  if (g.slice(0, 5).every((x) => x === 0) && (g[5] === 0xffff || g[5] === 0)) return classifyIPv4(v4(g[6]!, g[7]!))
  if (g[0] === 0x64 && g[1] === 0xff9b) return classifyIPv4(v4(g[6]!, g[7]!))
  if (g[0] === 0x2002) return classifyIPv4(v4(g[1]!, g[2]!)) // 6to4 embeds an IPv4 address
  if ((g[0]! & 0xffc0) === 0xfe80) return 'link-local'
  if ((g[0]! & 0xfe00) === 0xfc00) return 'private' // unique local fc00::/7
  if ((g[0]! & 0xff00) === 0xff00) return 'multicast'
  if (g[0] === 0xfd00 && g[7] === 0x254 && g.slice(1, 7).every((x) => x === 0)) return 'metadata' // AWS fd00:ec2::254
  if (g[0] === 0x2001 && g[1] === 0xdb8) return 'reserved' // documentation
  if ((g[0]! & 0xe000) !== 0x2000) return 'reserved' // outside global unicast 2000::/3
  return 'public'
}

/** What kind of address `ip` is; `undefined` when it is not an IP address at all (a host name). */
export function classifyAddress(ip: string): AddressKind | undefined {
  const bare = ip.replace(/^\[|\]$/g, '')
  if (isIPv4(bare)) return classifyIPv4(bare)
  if (isIPv6(bare)) return classifyIPv6(bare)
  return undefined
}

/** Host names that must never be resolved and contacted, whatever DNS answers. */
export function classifyHostName(hostname: string): AddressKind | undefined {
  const name = hostname.toLowerCase().replace(/\.$/, '')
  if (name === 'localhost' || name.endsWith('.localhost')) return 'loopback'
  if (METADATA_NAMES.has(name)) return 'metadata'
  return undefined
}

const DESCRIPTIONS: Record<Exclude<AddressKind, 'public'>, string> = {
  cgnat: 'a carrier-grade NAT address (100.64.0.0/10)',
  'link-local': 'a link-local address',
  loopback: 'this server itself (loopback)',
  metadata: 'a cloud metadata service',
  multicast: 'a multicast address',
  private: 'a private network address',
  reserved: 'a reserved address',
  unspecified: 'an unspecified address (0.0.0.0 or ::)',
}

export const describeAddressKind = (kind: Exclude<AddressKind, 'public'>) => DESCRIPTIONS[kind]
