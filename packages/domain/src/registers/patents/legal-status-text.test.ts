import { describe, expect, it } from 'vitest';
import { eventsFromLegalStatus, readLegalStatus } from './legal-status-text.js';

describe('readLegalStatus', () => {
  it.each([
    ['有效', 'in-force', undefined],
    ['授权', 'in-force', undefined],
    ['专利权部分无效', 'in-force', undefined],
    ['审中', 'pending', undefined],
    ['实质审查的生效', 'pending', undefined],
    ['未缴年费专利权终止', 'ended', 'lapse-non-payment'],
    ['专利权有效期届满', 'ended', 'expiry'],
    ['失效', 'ended', 'lapse-non-payment'],
    ['专利权的主动放弃', 'ended', 'abandonment'],
    ['发明专利申请公布后的驳回', 'refused', 'rejection'],
    ['视为撤回', 'refused', 'withdrawal'],
    ['有权', 'in-force', undefined],
    ['无权', 'ended', 'lapse-non-payment'],
    ['在审', 'pending', undefined],
    ['', 'unknown', undefined],
  ])('%s → %s', (text, state, category) => {
    expect(readLegalStatus(text)).toEqual({ state, ...(category ? { category } : {}) });
  });
});

describe('eventsFromLegalStatus', () => {
  it('dates an ended right by its 失效日, and says nothing without one', () => {
    expect(eventsFromLegalStatus('失效', '2022-03-01')).toEqual([
      { date: '2022-03-01', category: 'lapse-non-payment', rawName: '失效', source: 'patent-export' },
    ]);
    expect(eventsFromLegalStatus('失效', undefined)).toEqual([]);
    expect(eventsFromLegalStatus('有效', '2022-03-01')).toEqual([]);
  });
});
