import { describe, expect, it } from 'vitest';
import { patentStatusOnDate, type StoredPatentRights } from './status-on-date.js';

/** An invention granted (published) on 2021-06-15 whose annual fee went unpaid: not in force from 2024-03-01. */
const lapsed: StoredPatentRights = { effectiveFrom: '2021-06-15', effectiveUntil: '2024-03-01', granted: true, status: {} };

describe('patentStatusOnDate', () => {
  it('is pending before the grant is published, in force from that day', () => {
    expect(patentStatusOnDate(lapsed, '2021-06-14')).toBe('pending');
    expect(patentStatusOnDate(lapsed, '2021-06-15')).toBe('in-force');
  });

  it('is in force on the last day before its end, and ended on the first day it is not', () => {
    expect(patentStatusOnDate(lapsed, '2024-02-29')).toBe('in-force');
    expect(patentStatusOnDate(lapsed, '2024-03-01')).toBe('ended');
  });

  it('stays in force with no end date', () => {
    expect(patentStatusOnDate({ ...lapsed, effectiveUntil: null }, '2040-01-01')).toBe('in-force');
  });

  it('never was in force when granted but void from the start (no period in force)', () => {
    expect(patentStatusOnDate({ effectiveFrom: null, effectiveUntil: null, granted: true, status: {} }, '2025-01-01')).toBe('never');
  });

  it('never was in force when the application was refused (驳回), and is pending while under examination', () => {
    expect(patentStatusOnDate({ effectiveFrom: null, effectiveUntil: null, granted: false, status: { legalStatus: '驳回' } }, '2025-01-01')).toBe('never');
    expect(patentStatusOnDate({ effectiveFrom: null, effectiveUntil: null, granted: false, status: { rightStatus: '审中' } }, '2025-01-01')).toBe('pending');
  });
});
