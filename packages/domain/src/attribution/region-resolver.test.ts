import { describe, expect, it } from 'vitest';
import { jinhuRegions } from './__tests__/jinhu-regions.js';
import { createRegionResolver, normalizeAddress } from './region-resolver.js';

const resolver = createRegionResolver(jinhuRegions);
const regionOf = (address: string) => {
  const result = resolver.resolve(address);
  return result.status === 'resolved' ? result.region : result.status;
};

describe('createRegionResolver', () => {
  it('places an address in the town or street it names', () => {
    expect(regionOf('211600 江苏省淮安市金湖县黎城街道工业园路1号')).toBe('licheng');
    expect(regionOf('江苏省金湖县银涂镇人民路8号')).toBe('yintu');
  });

  it('knows the former town names kept as aliases', () => {
    expect(regionOf('江苏省金湖县黎城镇建设路2号')).toBe('licheng');
    expect(regionOf('江苏省淮安市金湖县陈桥镇')).toBe('jinbei');
  });

  it('places an address naming only the county in the county', () => {
    expect(regionOf('江苏省淮安市金湖县神华大道88号')).toBe('jinhu');
  });

  it('prefers the development zone over the town it lies in', () => {
    expect(resolver.resolve('江苏省金湖县黎城街道金湖经济开发区环城西路')).toEqual({
      status: 'resolved',
      region: 'development-zone',
      via: 'alias',
      matched: '金湖经济开发区',
    });
  });

  it('prefers the longest alias among regions of the same kind', () => {
    const overlapping = createRegionResolver([
      { code: 'c', name: '测试县', kind: 'county', aliases: [] },
      { code: 'short', name: '金湖镇', kind: 'town', parent: 'c', aliases: [] },
      { code: 'long', name: '金湖镇北', kind: 'town', parent: 'c', aliases: [] },
    ]);
    expect(overlapping.resolve('测试县金湖镇北路1号')).toMatchObject({ region: 'long' });
  });

  it('does not count a town name without its county, and says so', () => {
    // 银集镇 also exists outside Jinhu; without 金湖县 the address is for a person to decide.
    expect(resolver.resolve('安徽省某县银集镇')).toEqual({ status: 'unresolved', reason: 'names 银集镇 but not its county' });
    expect(createRegionResolver(jinhuRegions, { requireCountyName: false }).resolve('银集镇')).toMatchObject({ region: 'yintu' });
  });

  it('reports an address naming no plan region', () => {
    expect(resolver.resolve('江苏省淮安市盱眙县某路')).toEqual({ status: 'unresolved', reason: 'names no region of the plan' });
    expect(resolver.resolve('  ')).toEqual({ status: 'unresolved', reason: 'empty address' });
  });

  it('excludes Hong Kong, Macao and Taiwan addresses', () => {
    expect(resolver.resolve('香港九龙弥敦道1号')).toMatchObject({ status: 'excluded', reason: 'hk-mo-tw' });
    expect(resolver.resolve('台湾省新竹市')).toMatchObject({ status: 'excluded' });
    expect(resolver.resolve('中国澳门')).toMatchObject({ status: 'excluded' });
  });

  it('lets a manual assignment override every rule, matched after normalisation', () => {
    const manual = createRegionResolver(jinhuRegions, {
      manualAssignments: { '江苏省淮安市盱眙县某路': 'yintu', '金湖县银涂镇 工业集中区': 'development-zone' },
    });
    expect(manual.resolve('江苏省淮安市盱眙县某路')).toEqual({ status: 'resolved', region: 'yintu', via: 'manual' });
    expect(manual.resolve('金湖县银涂镇工业集中区')).toMatchObject({ region: 'development-zone', via: 'manual' });
  });
});

describe('normalizeAddress', () => {
  it('drops spaces, the postcode and full-width forms', () => {
    expect(normalizeAddress('211600　江苏省 金湖县（黎城）')).toBe('江苏省金湖县(黎城)');
  });
});
