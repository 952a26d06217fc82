import { describe, expect, it } from 'vitest';
import { jinhuRegions } from './__tests__/jinhu-regions.js';
import { ownerLocationAddress } from './owner-location.js';
import { createRegionResolver } from './region-resolver.js';

const resolver = createRegionResolver(jinhuRegions);

describe('ownerLocationAddress', () => {
  it('joins 州/省, 地市 and 区县 into an address naming the county and no town', () => {
    const address = ownerLocationAddress({ province: '江苏省', city: '淮安市', district: '金湖县' });
    expect(address).toBe('江苏省淮安市金湖县');
    // Placed in the county itself: the split by town shows it on the county-level row.
    expect(resolver.resolve(address!)).toMatchObject({ status: 'resolved', region: 'jinhu' });
  });

  it('leaves another county of the same city unplaced, and Hong Kong excluded', () => {
    expect(resolver.resolve(ownerLocationAddress({ province: '江苏省', city: '淮安市', district: '盱眙县' })!).status).toBe('unresolved');
    expect(resolver.resolve(ownerLocationAddress({ province: '香港特别行政区' })!).status).toBe('excluded');
  });

  it('does not repeat a municipality given as province and city', () => {
    expect(ownerLocationAddress({ province: '上海市', city: '上海市', district: '浦东新区' })).toBe('上海市浦东新区');
  });

  it('is undefined when every column is empty', () => {
    expect(ownerLocationAddress({ province: ' ', city: '' })).toBeUndefined();
  });
});

describe('addresses that begin with a postcode', () => {
  it('are placed as if the postcode were not there', () => {
    expect(resolver.resolve('211600 江苏省淮安市金湖县黎城街道工业园路1号')).toMatchObject({ region: 'licheng' });
    expect(resolver.resolve('211600江苏省淮安市金湖县神华大道88号')).toMatchObject({ region: 'jinhu' });
  });
});
