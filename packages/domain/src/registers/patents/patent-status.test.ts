import { describe, expect, it } from 'vitest';
import { buildPatent, event } from '../__tests__/build-patent.js';
import { patentHistory, statusAt } from './patent-status.js';

// buildPatent: invention filed 2015-03-10, granted 2017-06-20.
const inForce = (patent: ReturnType<typeof buildPatent>, date: string) => statusAt(patent, patent.legalEvents, date).inForce;

describe('statusAt', () => {
  it('is in force from the grant announcement day, not before', () => {
    const patent = buildPatent();
    expect(statusAt(patent, patent.legalEvents, '2017-06-19')).toMatchObject({ inForce: false, state: 'pending' });
    expect(statusAt(patent, patent.legalEvents, '2017-06-20')).toMatchObject({ inForce: true, state: 'in-force', since: '2017-06-20' });
  });

  it('uses the recorded 授权公告日 when no grant event was received', () => {
    const patent = buildPatent({ legalEvents: [] });
    expect(inForce(patent, '2017-06-20')).toBe(true);
    expect(inForce(patent, '2017-06-19')).toBe(false);
  });

  it('is never in force without a grant, and says when the application was refused', () => {
    const pending = buildPatent({ grant: undefined, legalEvents: [event('2016-09-01', 'publication')] });
    expect(statusAt(pending, pending.legalEvents, '2024-01-01')).toMatchObject({ inForce: false, state: 'pending' });
    const rejected = buildPatent({ grant: undefined, legalEvents: [event('2018-04-02', 'rejection')] });
    expect(statusAt(rejected, rejected.legalEvents, '2018-04-02')).toMatchObject({ state: 'refused', reason: 'rejection' });
    expect(statusAt(rejected, rejected.legalEvents, '2018-04-01')).toMatchObject({ state: 'pending' });
  });

  it('ends on the lapse date: a patent lapsing ON the as-of date is not in the stock', () => {
    // 未缴年费终止 with effect from 2023-12-31: not maintained at the end of 2023-12-31.
    const patent = buildPatent({ legalEvents: [event('2017-06-20', 'grant'), event('2023-12-31', 'lapse-non-payment')] });
    expect(inForce(patent, '2023-12-30')).toBe(true);
    expect(statusAt(patent, patent.legalEvents, '2023-12-31')).toMatchObject({
      inForce: false,
      state: 'ended',
      reason: 'lapse-non-payment',
      since: '2023-12-31',
    });
  });

  it('expires at the end of the term: an invention filed 2015-03-10 is in force on 2035-03-09 only', () => {
    const patent = buildPatent();
    expect(inForce(patent, '2035-03-09')).toBe(true);
    expect(statusAt(patent, patent.legalEvents, '2035-03-10')).toMatchObject({ inForce: false, reason: 'term' });
  });

  it('takes the term end from an expiry event when there is one (term extension)', () => {
    const patent = buildPatent({ legalEvents: [event('2017-06-20', 'grant'), event('2036-01-01', 'expiry')] });
    expect(inForce(patent, '2035-12-31')).toBe(true);
    expect(statusAt(patent, patent.legalEvents, '2036-01-01')).toMatchObject({ inForce: false, reason: 'expiry' });
  });

  it('ends utility models after 10 years and old designs after 10, new designs after 15', () => {
    const utility = buildPatent({ type: 'utility-model', filingDate: '2014-08-01', legalEvents: [event('2015-01-07', 'grant')] });
    expect(inForce(utility, '2024-07-31')).toBe(true);
    expect(inForce(utility, '2024-08-01')).toBe(false);
    const newDesign = buildPatent({ type: 'design', filingDate: '2021-06-01', legalEvents: [event('2021-10-01', 'grant')] });
    expect(inForce(newDesign, '2036-05-31')).toBe(true);
    expect(inForce(newDesign, '2036-06-01')).toBe(false);
  });

  it('counts a restored right as in force continuously, the lapse days included', () => {
    const patent = buildPatent({
      legalEvents: [event('2017-06-20', 'grant'), event('2020-03-10', 'lapse-non-payment'), event('2020-09-01', 'restoration')],
    });
    expect(inForce(patent, '2020-03-10')).toBe(true);
    expect(inForce(patent, '2020-06-30')).toBe(true);
    expect(inForce(patent, '2021-01-01')).toBe(true);
    expect(patentHistory(patent, patent.legalEvents).reversed).toHaveLength(1);
  });

  it('restores only the latest restorable termination; a second lapse stands', () => {
    const patent = buildPatent({
      legalEvents: [
        event('2017-06-20', 'grant'),
        event('2019-03-10', 'lapse-non-payment'),
        event('2019-08-01', 'restoration'),
        event('2022-03-10', 'lapse-non-payment'),
      ],
    });
    expect(inForce(patent, '2019-05-01')).toBe(true);
    expect(inForce(patent, '2022-03-09')).toBe(true);
    expect(inForce(patent, '2022-03-10')).toBe(false);
  });

  it('does not let a restoration undo an abandonment, and notes it', () => {
    const patent = buildPatent({
      legalEvents: [event('2017-06-20', 'grant'), event('2019-01-15', 'abandonment'), event('2019-05-01', 'restoration')],
    });
    expect(inForce(patent, '2019-06-01')).toBe(false);
    expect(patentHistory(patent, patent.legalEvents).notes[0]).toContain('no earlier lapse');
  });

  it('keeps a partially invalidated patent and ends a fully invalidated one on the decision date', () => {
    const partial = buildPatent({ legalEvents: [event('2017-06-20', 'grant'), event('2020-05-05', 'invalidation-partial')] });
    expect(inForce(partial, '2021-01-01')).toBe(true);
    const full = buildPatent({ legalEvents: [event('2017-06-20', 'grant'), event('2020-05-05', 'invalidation-full')] });
    expect(inForce(full, '2020-05-04')).toBe(true);
    expect(statusAt(full, full.legalEvents, '2020-05-05')).toMatchObject({ inForce: false, reason: 'invalidation-full' });
  });

  it('removes a fully invalidated patent from every date when invalidation is void ab initio', () => {
    const full = buildPatent({ legalEvents: [event('2017-06-20', 'grant'), event('2020-05-05', 'invalidation-full')] });
    expect(statusAt(full, full.legalEvents, '2018-01-01', { invalidationBasis: 'void-ab-initio' })).toMatchObject({
      inForce: false,
      reason: 'void',
    });
  });

  it('ignores transfers, pledges, licences and changes', () => {
    const patent = buildPatent({
      legalEvents: [
        event('2017-06-20', 'grant'),
        event('2018-01-01', 'transfer'),
        event('2019-01-01', 'pledge-registered'),
        event('2019-06-01', 'license'),
        event('2020-01-01', 'change'),
        event('2021-01-01', 'pledge-released'),
      ],
    });
    expect(inForce(patent, '2022-01-01')).toBe(true);
  });

  it('ends a utility model abandoned to avoid double patenting', () => {
    const utility = buildPatent({
      type: 'utility-model',
      legalEvents: [event('2015-09-01', 'grant'), event('2017-06-20', 'abandonment-double-grant')],
    });
    expect(inForce(utility, '2017-06-19')).toBe(true);
    expect(inForce(utility, '2017-06-20')).toBe(false);
  });

  it('reads events in date order whatever order they arrive in', () => {
    const patent = buildPatent({
      legalEvents: [event('2020-09-01', 'restoration'), event('2020-03-10', 'lapse-non-payment'), event('2017-06-20', 'grant')],
    });
    expect(inForce(patent, '2020-06-30')).toBe(true);
  });

  it('notes a termination before the grant and ignores it', () => {
    const patent = buildPatent({ legalEvents: [event('2016-01-01', 'deemed-abandonment'), event('2017-06-20', 'grant')] });
    expect(inForce(patent, '2018-01-01')).toBe(true);
    expect(patentHistory(patent, patent.legalEvents).notes[0]).toContain('precedes the grant');
  });
});
