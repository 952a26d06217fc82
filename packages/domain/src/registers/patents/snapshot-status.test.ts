import { describe, expect, it } from 'vitest';
import type { Patent } from './patent.js';
import { statusAt } from './patent-status.js';
import { PRESUMED_LAPSE_SOURCE, readSnapshotStatus, snapshotLegalEvents } from './snapshot-status.js';

const invention: Patent = {
  id: '2015100000013',
  applicationNumber: '2015100000013',
  type: 'invention',
  filingDate: '2015-03-02',
  grant: { number: 'CN104000001B', date: '2017-06-20' },
  title: '一种示例装置',
  applicants: [{ name: '金湖示例机械有限公司', type: 'enterprise' }],
  patentees: [],
  ipcCodes: [],
  awards: [],
  legalEvents: [],
};

describe('readSnapshotStatus', () => {
  it('reads 专利权状态 and 简单法律状态', () => {
    expect(readSnapshotStatus({ rightStatus: '有权' }).state).toBe('in-force');
    expect(readSnapshotStatus({ rightStatus: '无权' }).state).toBe('ended');
    expect(readSnapshotStatus({ rightStatus: '在审' }).state).toBe('pending');
    expect(readSnapshotStatus({ rightStatus: '失效' }).state).toBe('ended');
    expect(readSnapshotStatus({ rightStatus: '审中' }).state).toBe('pending');
  });

  it('takes the reason from the event column', () => {
    expect(readSnapshotStatus({ rightStatus: '无权', legalStatus: '专利权有效期届满' })).toEqual({ state: 'ended', category: 'expiry' });
    expect(readSnapshotStatus({ rightStatus: '失效', legalStatus: '视为撤回' })).toEqual({ state: 'refused', category: 'withdrawal' });
  });

  it('falls back on the event column alone', () => {
    expect(readSnapshotStatus({ legalStatus: '未缴年费专利权终止' }).state).toBe('ended');
  });
});

describe('snapshotLegalEvents', () => {
  it('dates a lapse by its 失效日 when the export has one', () => {
    expect(snapshotLegalEvents({ rightStatus: '无权', lapseDate: '2022-03-02', statusDate: '2025-06-30' }, true)).toEqual([
      { date: '2022-03-02', category: 'lapse-non-payment', rawName: '无权', source: 'patent-export' },
    ]);
  });

  it('dates a 无权 without 失效日 by the export date, marked presumed', () => {
    expect(snapshotLegalEvents({ rightStatus: '无权', statusDate: '2025-06-30' }, true)).toEqual([
      { date: '2025-06-30', category: 'lapse-non-payment', rawName: '无权', source: PRESUMED_LAPSE_SOURCE },
    ]);
  });

  it('never leaves the lapsed patent in force at the export date, and keeps it in force the day before (推定)', () => {
    const events = snapshotLegalEvents({ rightStatus: '失效', statusDate: '2025-06-30' }, true);
    expect(statusAt(invention, events, '2025-06-30').inForce).toBe(false);
    expect(statusAt(invention, events, '2025-06-29').inForce).toBe(true);
    expect(statusAt(invention, [], '2025-06-30').inForce).toBe(true);
  });

  it('leaves an expiry without 失效日 to the statutory term, which the export date must not move', () => {
    expect(snapshotLegalEvents({ rightStatus: '无权', legalStatus: '专利权有效期届满', statusDate: '2025-06-30' }, true)).toEqual([]);
    expect(snapshotLegalEvents({ rightStatus: '无权', legalStatus: '专利权有效期届满', lapseDate: '2017-05-10' }, true)[0]?.category).toBe('expiry');
  });

  it('makes 无权 of an application never granted a withdrawal', () => {
    expect(snapshotLegalEvents({ rightStatus: '无权', statusDate: '2025-06-30' }, false)[0]?.category).toBe('withdrawal');
  });

  it('implies nothing for a right in force or pending, or with no date at all', () => {
    expect(snapshotLegalEvents({ rightStatus: '有权', statusDate: '2025-06-30' }, true)).toEqual([]);
    expect(snapshotLegalEvents({ rightStatus: '在审', statusDate: '2025-06-30' }, false)).toEqual([]);
    expect(snapshotLegalEvents({ rightStatus: '无权' }, true)).toEqual([]);
  });
});
