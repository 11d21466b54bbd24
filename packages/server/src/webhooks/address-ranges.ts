import { isIPv4, isIPv6 } from 'node:net';

/**
 * IPv4 ranges a webhook may not reach: "this network", private networks, shared address
 * space (carrier NAT), loopback, link-local (cloud metadata services live at 169.254.169.254),
 * IETF protocol assignments, documentation, benchmarking, multicast and reserved.
 */
const BLOCKED_V4: readonly (readonly [string, number])[] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

function v4ToNumber(address: string): number {
  return address.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}

function isBlockedV4(address: string): boolean {
  const n = v4ToNumber(address);
  return BLOCKED_V4.some(([base, bits]) => {
    const size = 2 ** (32 - bits);
    const start = v4ToNumber(base);
    return n >= start && n < start + size;
  });
}

/** The eight 16-bit groups of an IPv6 address (`::` expanded, a dotted IPv4 tail read). */
function v6Groups(address: string): number[] {
  let text = address.toLowerCase().split('%')[0]!;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const n = v4ToNumber(dotted[1]!);
    text = `${text.slice(0, -dotted[1]!.length)}${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((g) =>
    Number.parseInt(g, 16),
  );
}

function embeddedV4(groups: number[]): string {
  const [a, b] = [groups[6]!, groups[7]!];
  return [a >> 8, a & 0xff, b >> 8, b & 0xff].join('.');
}

function isBlockedV6(address: string): boolean {
  const g = v6Groups(address);
  const zeroUpTo = (n: number) => g.slice(0, n).every((x) => x === 0);
  if (zeroUpTo(8)) return true; // :: unspecified
  if (zeroUpTo(7) && g[7] === 1) return true; // ::1 loopback
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible), 64:ff9b::a.b.c.d (NAT64): the IPv4 inside decides.
  if (zeroUpTo(5) && g[5] === 0xffff) return isBlockedV4(embeddedV4(g));
  if (zeroUpTo(6)) return isBlockedV4(embeddedV4(g));
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) {
    return isBlockedV4(embeddedV4(g));
  }
  const first = g[0]!;
  if ((first & 0xfe00) === 0xfc00) return true; // fc00::/7 unique local
  if ((first & 0xffc0) === 0xfe80) return true; // fe80::/10 link-local
  if ((first & 0xffc0) === 0xfec0) return true; // fec0::/10 old site-local
  if ((first & 0xff00) === 0xff00) return true; // ff00::/8 multicast
  if (first === 0x2001 && g[1] === 0x0db8) return true; // 2001:db8::/32 documentation
  return false;
}

/**
 * Whether a webhook may be sent to this IP address: false for private, loopback, link-local
 * and other non-public ranges, IPv4 and IPv6 alike, including IPv4 addresses written inside
 * IPv6 (`::ffff:127.0.0.1`). Anything that is not an IP address is refused too.
 * @example isPublicAddress('93.184.216.34') // true
 * @example isPublicAddress('::ffff:10.0.0.1') // false
 */
export function isPublicAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  if (isIPv4(bare)) return !isBlockedV4(bare);
  if (isIPv6(bare)) return !isBlockedV6(bare);
  return false;
}
