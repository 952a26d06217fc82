import { describe, expect, it } from 'vitest';
import { filledFields } from './filled-fields.js';

describe('filledFields', () => {
  it('leaves out the fields left empty, so the server takes them as not given', () => {
    const official = { asOf: '2025-12-31', value: 40.3, sourceDocument: '淮安市2025年知识产权统计公报', publishedOn: '2026-03-31', region: '', publisher: undefined, decimals: null, note: '' };
    expect(filledFields(official)).toEqual({ asOf: '2025-12-31', value: 40.3, sourceDocument: '淮安市2025年知识产权统计公报', publishedOn: '2026-03-31' });
  });

  it('keeps a zero, false and a nested value: they were filled in', () => {
    expect(filledFields({ value: 0, decimals: 0, confirmed: false, evidence: { kind: 'url', text: 'https://example.org' } })).toEqual({
      value: 0,
      decimals: 0,
      confirmed: false,
      evidence: { kind: 'url', text: 'https://example.org' },
    });
  });
});
