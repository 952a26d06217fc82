import { describe, expect, it } from 'vitest';
import type { Region } from './plan.schema.js';
import { buildRegionTree, regionAndBelow } from './region-tree.js';

/** A county with two towns, a street under the first town, and a development zone. */
const regions: Region[] = [
  { code: 'county', name: '金湖县', kind: 'county', aliases: [] },
  { code: 'licheng', name: '黎城镇', kind: 'town', parent: 'county', aliases: [] },
  { code: 'yinji', name: '银集镇', kind: 'town', parent: 'county', aliases: [] },
  { code: 'licheng-street', name: '黎城街道', kind: 'street', parent: 'licheng', aliases: [] },
  { code: 'zone', name: '开发区', kind: 'development-zone', parent: 'county', aliases: [] },
];

describe('regionAndBelow (the region subtree)', () => {
  it('covers the whole county from its root: all five regions', () => {
    expect(regionAndBelow(regions, 'county').sort()).toEqual(['county', 'licheng', 'licheng-street', 'yinji', 'zone']);
  });

  it('covers a town and the street under it, not its sister town', () => {
    expect(regionAndBelow(regions, 'licheng').sort()).toEqual(['licheng', 'licheng-street']);
  });

  it('covers a region with nothing under it as itself alone', () => {
    expect(regionAndBelow(regions, 'yinji')).toEqual(['yinji']);
  });

  it('covers a code the plan does not know as itself alone, so a filter by it finds nothing else', () => {
    expect(regionAndBelow(regions, 'elsewhere')).toEqual(['elsewhere']);
    expect(regionAndBelow([], 'county')).toEqual(['county']);
  });

  it('agrees with the tree the indicators sum regions by', () => {
    expect([...buildRegionTree(regions).subtree('licheng')].sort()).toEqual(regionAndBelow(regions, 'licheng').sort());
  });
});
