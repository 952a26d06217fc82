import { describe, expect, it } from 'vitest';
import { agencyCode, documentNumber } from './document-number.js';

describe('documentNumber (GB/T 9704-2012 7.2.4)', () => {
  it('puts the full year in 六角括号 and does not pad the sequence', () => {
    expect(documentNumber('金知强', 2026, 3)).toBe('金知强〔2026〕3号');
    expect(documentNumber('金知强', 2026, 12)).toBe('金知强〔2026〕12号');
  });
  it('refuses a sequence number of 0 or a two-digit year', () => {
    expect(() => documentNumber('金知强', 2026, 0)).toThrow(RangeError);
    expect(() => documentNumber('金知强', 26, 1)).toThrow(RangeError);
  });
  it('builds the agency code from the county and the kind of document', () => {
    expect(agencyCode('金湖县', 'self-evaluation')).toBe('金知强');
    expect(agencyCode('金湖县', 'statistics')).toBe('金知统');
  });
});
