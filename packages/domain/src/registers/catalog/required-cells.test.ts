import { describe, expect, it } from 'vitest';
import { trademarkRegister } from '../trademarks/trademark.fields.js';
import type { RegisterField } from './register-field.js';
import { missingRequiredCells } from './required-cells.js';

const fields: RegisterField[] = [
  { key: 'number', labels: ['注册号'], en: 'Registration number', type: 'text', required: true },
  { key: 'owner', labels: ['申请人'], en: 'Applicant', type: 'text', required: true },
  { key: 'note', labels: ['备注'], en: 'Note', type: 'text' },
  { key: 'region', labels: ['归属区域（系统）'], en: 'Region', type: 'text', required: true, computed: true },
];

describe('missingRequiredCells', () => {
  it('names every required field left out or blank, never an optional or computed one', () => {
    expect(missingRequiredCells(fields, {})).toEqual([
      { field: 'number', reason: { zh: '注册号为必填项', en: 'Registration number is required' } },
      { field: 'owner', reason: { zh: '申请人为必填项', en: 'Applicant is required' } },
    ]);
    expect(missingRequiredCells(fields, { number: ' 9 ', owner: '  ' }).map((m) => m.field)).toEqual(['owner']);
    expect(missingRequiredCells(fields, { number: '9', owner: '甲' })).toEqual([]);
  });

  it('finds the trademark register requires something, so an empty trademark is refused', () => {
    expect(missingRequiredCells(trademarkRegister.fields, {}).length).toBeGreaterThan(0);
  });
});
