import { describe, expect, it } from 'vitest';
import { readPublicationKind } from './publication-kind.js';

describe('readPublicationKind', () => {
  it('reads A as the application publication and B as the grant of an invention from 2010-04-01', () => {
    expect(readPublicationKind('CN116000001A', '2023-04-07')).toEqual({ number: 'CN116000001A', code: 'A', role: 'application', type: 'invention' });
    expect(readPublicationKind('CN 116000001 B', '2024-03-15')).toEqual({ number: 'CN116000001B', code: 'B', role: 'grant', type: 'invention' });
  });

  it('reads C, Y and D as the grants before 2010-04-01', () => {
    expect(readPublicationKind('CN1234567C', '2008-06-11')?.role).toBe('grant');
    expect(readPublicationKind('CN201234567Y', '2009-03-04')).toMatchObject({ role: 'grant', type: 'utility-model' });
    expect(readPublicationKind('CN301234567D', '2010-03-31')).toMatchObject({ role: 'grant', type: 'design' });
  });

  it('reads U and S as the grants from 2010-04-01 (the day itself included)', () => {
    expect(readPublicationKind('CN211234567U', '2020-07-03')).toMatchObject({ role: 'grant', type: 'utility-model' });
    expect(readPublicationKind('CN301234567S', '2010-04-01')).toMatchObject({ role: 'grant', type: 'design' });
  });

  it('does not take a pre-2010 B, U or S (the pre-1993 审定/申请公告) for a grant', () => {
    expect(readPublicationKind('CN1012345B', '1991-05-22')?.role).toBe('early-publication');
    expect(readPublicationKind('CN2012345U', '1990-01-10')?.role).toBe('early-publication');
  });

  it('reads C1–C7 and Y1–Y7 as partial invalidations and …8/…9 as corrections, never as grants', () => {
    expect(readPublicationKind('CN116000001C1', '2025-01-02')?.role).toBe('invalidation');
    expect(readPublicationKind('CN211234567Y2', '2023-01-02')?.role).toBe('invalidation');
    expect(readPublicationKind('CN116000001B8', '2024-05-01')?.role).toBe('correction');
    expect(readPublicationKind('CN116000001A9', '2023-06-01')?.role).toBe('correction');
  });

  it('reads a code without a date by its letter alone', () => {
    expect(readPublicationKind('CN116000001B', undefined)?.role).toBe('grant');
    expect(readPublicationKind('CN1234567C', undefined)?.role).toBe('grant');
    expect(readPublicationKind('CN116000001A', undefined)?.role).toBe('application');
  });

  it('knows no kind in a number without a code or with a foreign one', () => {
    expect(readPublicationKind('CN116000001', '2023-01-01')).toBeNull();
    expect(readPublicationKind('US11223344B2', '2023-01-01')).toBeNull();
    expect(readPublicationKind('CN116000001E', '2023-01-01')).toBeNull();
  });
});
