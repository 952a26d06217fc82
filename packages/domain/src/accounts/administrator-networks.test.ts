import { describe, expect, it } from 'vitest';
import { addressAllowed, administratorNetworksSchema, parseIpAddress } from './administrator-networks.js';

describe('addressAllowed', () => {
  it('DJ-IP-01 lets administrators in from the listed networks only', () => {
    const networks = ['10.32.0.0/16', '192.168.1.7', '2408:8000:1::/48'];
    expect(addressAllowed(networks, '10.32.200.1')).toBe(true);
    expect(addressAllowed(networks, '10.33.0.1')).toBe(false);
    expect(addressAllowed(networks, '192.168.1.7')).toBe(true);
    expect(addressAllowed(networks, '192.168.1.8')).toBe(false);
    expect(addressAllowed(networks, '2408:8000:1:ffff::2')).toBe(true);
    expect(addressAllowed(networks, '2408:8000:2::1')).toBe(false);
    // Node reports IPv4 clients of a dual-stack socket as IPv4-mapped IPv6.
    expect(addressAllowed(networks, '::ffff:10.32.0.9')).toBe(true);
    expect(addressAllowed(networks, null)).toBe(false);
  });

  it('allows any address while the list is empty', () => {
    expect(addressAllowed([], '203.0.113.5')).toBe(true);
  });

  it('reads addresses and refuses what is not a network', () => {
    expect(parseIpAddress('::1')).toEqual({ version: 6, value: 1n });
    expect(parseIpAddress('256.1.1.1')).toBeNull();
    expect(administratorNetworksSchema.safeParse(['10.0.0.0/8', '::1/128']).success).toBe(true);
    expect(administratorNetworksSchema.safeParse(['10.0.0.0/33']).success).toBe(false);
    expect(administratorNetworksSchema.safeParse(['intranet']).success).toBe(false);
  });
});
