import { describe, expect, it } from 'vitest';
import { grantGuard } from './grant-guard.js';

describe('grantGuard', () => {
  it('stops a file with no grant in any row, saying so', () => {
    expect(grantGuard({ records: 12, granted: 0 }, null)?.en).toContain('No grant date or grant publication found in any row');
    expect(grantGuard({ records: 12, granted: 0 }, null)?.zh).toContain('没有任何一行有授权公告日或授权公告号');
  });

  it('stops a file with under half the grants of the last import (40 → 19), not one with half (40 → 20)', () => {
    expect(grantGuard({ records: 50, granted: 19 }, { records: 90, granted: 40 })?.en).toContain('under half of the last import');
    expect(grantGuard({ records: 50, granted: 20 }, { records: 90, granted: 40 })).toBeNull();
  });

  it('does not compare with a last import of fewer than 10 grants', () => {
    expect(grantGuard({ records: 5, granted: 1 }, { records: 9, granted: 9 })).toBeNull();
  });

  it('lets an empty file through (the importer refuses it on its own terms)', () => {
    expect(grantGuard({ records: 0, granted: 0 }, null)).toBeNull();
  });
});
