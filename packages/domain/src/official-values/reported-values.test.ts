import { describe, expect, it } from 'vitest';
import type { StoredManualValue, StoredOfficialValue } from '../api-contracts/indicators.contract.js';
import { reportedValues } from './reported-values.js';

const stamp = { note: null, createdAt: '2026-01-05T02:00:00Z', createdBy: 'office', updatedAt: '2026-04-02T02:00:00Z', updatedBy: 'office' };
const satisfaction = { indicatorKey: 'ip-protection-satisfaction', region: 'jinhu', unit: '分' };

/** The provincial survey published 86.5 for 2025 on 2026-04-01. */
const official2025: StoredOfficialValue = { ...stamp, ...satisfaction, id: 'o1', asOf: '2025-12-31', value: 86.5, decimals: 1, sourceDocument: '江苏省知识产权保护社会满意度调查报告', publishedOn: '2026-04-01', publisher: '江苏省知识产权局' };
/** And 84.0 for 2024, which the office never entered itself. */
const official2024: StoredOfficialValue = { ...official2025, id: 'o0', asOf: '2024-12-31', value: 84, decimals: null, publishedOn: '2025-04-01' };
/** The office entered 86.2 for 2025 from its own sample (last changed 2026-04-02). */
const manual2025: StoredManualValue = { ...stamp, ...satisfaction, id: 'm1', asOf: '2025-12-31', value: 86.2, source: '金湖样本调查', evidence: { kind: 'document', text: '苏知保〔2026〕5号' } };

describe('reportedValues (official versus manual precedence)', () => {
  it("takes the office's entry for 2025 over the official 86.5, and the official 84.0 for 2024", () => {
    const values = reportedValues([official2025, official2024], [manual2025]);
    expect(values.map((v) => [v.id, v.asOf, v.value])).toEqual([
      ['manual:m1', '2025-12-31', 86.2],
      ['official:o0', '2024-12-31', 84],
    ]);
  });

  it('reads a manual entry as published the day it was last changed, its source as the document', () => {
    const [manual] = reportedValues([], [manual2025]);
    expect(manual).toMatchObject({ sourceDocument: '金湖样本调查', publishedOn: '2026-04-02' });
    expect(manual).not.toHaveProperty('decimals');
  });

  it("keeps an official value's published decimals, and leaves them out when it has none", () => {
    const [with1, without] = reportedValues([official2025, official2024], []);
    expect(with1).toMatchObject({ decimals: 1, publishedOn: '2026-04-01' });
    expect(without).not.toHaveProperty('decimals');
  });

  it('lets a manual entry win only for its own region and date', () => {
    const otherTown = { ...manual2025, region: 'licheng' };
    expect(reportedValues([official2025], [otherTown]).map((v) => v.id)).toEqual(['manual:m1', 'official:o1']);
  });
});

describe('reportedValues with the platform’s own survey score', () => {
  /** The county's own survey of 2025 scored 85.73 (frozen on closing). */
  const surveyed = { id: 'survey:s1', indicatorKey: satisfaction.indicatorKey, region: 'jinhu', asOf: '2025-12-31', value: 85.73, unit: '分', sourceDocument: '2025年度满意度调查', publishedOn: '2025-12-20' };

  it('takes the survey score over the official value of the same date, and the office’s own entry over both', () => {
    expect(reportedValues([official2025, official2024], [], [surveyed]).map((v) => [v.id, v.value])).toEqual([
      ['survey:s1', 85.73],
      ['official:o0', 84],
    ]);
    expect(reportedValues([official2025], [manual2025], [surveyed]).map((v) => v.id)).toEqual(['manual:m1']);
  });
});
