import { describe, expect, it } from 'vitest';
import { trademarkInForce, type Trademark } from './trademark.js';

const mark = (events: Trademark['events'] = []): Trademark => ({
  id: 'tm-1',
  registrationNumber: '12345678',
  kind: 'ordinary',
  geographicalIndication: false,
  madrid: false,
  niceClasses: [7],
  applicant: { name: '金湖测试公司' },
  registrationDate: '2014-03-07',
  events,
});

describe('trademarkInForce', () => {
  it('holds for ten years from the registration date', () => {
    expect(trademarkInForce(mark(), '2014-03-06')).toBe(false);
    expect(trademarkInForce(mark(), '2014-03-07')).toBe(true);
    expect(trademarkInForce(mark(), '2024-03-06')).toBe(true);
    expect(trademarkInForce(mark(), '2024-03-07')).toBe(false);
  });

  it('adds ten years per renewal and ends on cancellation', () => {
    const renewed = mark([{ date: '2023-10-01', category: 'renewal' }]);
    expect(trademarkInForce(renewed, '2034-03-06')).toBe(true);
    expect(trademarkInForce(renewed, '2034-03-07')).toBe(false);
    const cancelled = mark([{ date: '2018-05-01', category: 'cancellation' }]);
    expect(trademarkInForce(cancelled, '2018-05-01')).toBe(false);
  });
});
