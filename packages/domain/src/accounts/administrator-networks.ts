import { z } from 'zod';

/**
 * 入侵防范: 应通过设定终端接入方式或网络地址范围对通过网络进行管理的管理终端进行限制
 * (GB/T 22239-2019, DJ-IP-01). The three administrator roles sign in only from these networks
 * (CIDR, IPv4 or IPv6, e.g. the 政务外网 segment); an empty list allows any address.
 */

type Parsed = { version: 4 | 6; value: bigint };

function parseIpv4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return null;
  return parts.reduce((n, p) => (n << 8n) | BigInt(Number(p)), 0n);
}

function parseIpv6(text: string): bigint | null {
  if (!/^[0-9a-fA-F:.]+$/.test(text) || (text.match(/::/g) ?? []).length > 1) return null;
  let groups: string[];
  const tail4 = /:(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  let suffix: bigint | null = null;
  let body = text;
  if (tail4) {
    suffix = parseIpv4(tail4[1]!);
    if (suffix === null) return null;
    body = text.slice(0, tail4.index) + ':0:0';
  }
  if (body.includes('::')) {
    const [head, rest] = body.split('::') as [string, string];
    const left = head ? head.split(':') : [];
    const right = rest ? rest.split(':') : [];
    if (left.length + right.length > 7) return null;
    groups = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  } else groups = body.split(':');
  if (groups.length !== 8 || groups.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) return null;
  const value = groups.reduce((n, g) => (n << 16n) | BigInt(parseInt(g, 16)), 0n);
  return suffix === null ? value : (value & ~0xffffffffn) | suffix;
}

/** An address as a number; an IPv4-mapped IPv6 address (::ffff:10.1.2.3) counts as its IPv4 address. */
export function parseIpAddress(text: string): Parsed | null {
  const v4 = parseIpv4(text);
  if (v4 !== null) return { version: 4, value: v4 };
  const v6 = parseIpv6(text);
  if (v6 === null) return null;
  if (v6 >> 32n === 0xffffn) return { version: 4, value: v6 & 0xffffffffn };
  return { version: 6, value: v6 };
}

export function parseNetwork(cidr: string): { version: 4 | 6; base: bigint; bits: number } | null {
  const [address, prefix, extra] = cidr.trim().split('/');
  if (extra !== undefined || !address) return null;
  const parsed = parseIpAddress(address);
  if (!parsed) return null;
  const width = parsed.version === 4 ? 32 : 128;
  const bits = prefix === undefined ? width : /^\d{1,3}$/.test(prefix) ? Number(prefix) : -1;
  if (bits < 0 || bits > width) return null;
  const mask = bits === 0 ? 0n : ((1n << BigInt(bits)) - 1n) << BigInt(width - bits);
  return { version: parsed.version, base: parsed.value & mask, bits };
}

/** Whether `address` lies in one of `networks`; an empty list allows every address, an unknown address none. */
export function addressAllowed(networks: readonly string[], address: string | null): boolean {
  if (networks.length === 0) return true;
  const parsed = address ? parseIpAddress(address) : null;
  if (!parsed) return false;
  const width = parsed.version === 4 ? 32 : 128;
  return networks.some((cidr) => {
    const network = parseNetwork(cidr);
    if (!network || network.version !== parsed.version) return false;
    const mask = network.bits === 0 ? 0n : ((1n << BigInt(network.bits)) - 1n) << BigInt(width - network.bits);
    return (parsed.value & mask) === network.base;
  });
}

export const administratorNetworksSchema = z
  .array(z.string().trim().max(64).refine((cidr) => parseNetwork(cidr) !== null, { message: 'not a network in CIDR form (e.g. 10.32.0.0/16)' }))
  .max(64);
