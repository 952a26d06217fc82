import { describe, expect, it } from 'vitest';
import { remindersDue } from '../supervision/reminders.js';
import { noticeSubject, rectificationSubject } from './ladder-subjects.js';

const item = { id: 'r1', number: '整改-2026-001', problem: '佐证材料不全', ownerUnit: 'amr', deadline: '2026-11-30', state: 'open' as const, closedOn: null };

describe('ladder subjects of evaluation', () => {
  it('brings an overdue rectification item up the ladder to its owner unit', () => {
    // 2026-12-07 is 7 days past 2026-11-30: red, 催办 under the default thresholds.
    const [r] = remindersDue([rectificationSubject(item)], '2026-12-07T09:00:00+08:00', []);
    expect(r).toMatchObject({ subjectId: 'rectification:r1', kind: 'rectification', light: 'red', daysOverdue: 7, to: ['amr'] });
  });

  it('is quiet about a closed item', () => {
    expect(remindersDue([rectificationSubject({ ...item, state: 'closed', closedOn: '2026-11-28' })], '2026-12-07T09:00:00+08:00', [])).toEqual([]);
  });

  it('watches a 督办单 until it is answered', () => {
    const notice = { id: 'n1', documentNumber: '金知督〔2026〕3号', title: 't', unitCode: 'fgw', respondBy: '2026-12-01', state: 'open' as const, answeredOn: null };
    expect(remindersDue([noticeSubject(notice)], '2026-12-07T09:00:00+08:00', [])[0]).toMatchObject({ subjectId: 'notice:n1', to: ['fgw'] });
    expect(remindersDue([noticeSubject({ ...notice, state: 'answered', answeredOn: '2026-12-03' })], '2026-12-07T09:00:00+08:00', [])).toEqual([]);
  });
});
