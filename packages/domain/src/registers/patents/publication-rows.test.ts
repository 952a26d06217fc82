import { describe, expect, it } from 'vitest';
import { mergePublicationRows, readPublicationRow } from './publication-rows.js';

const aRow = { applicationNumber: '2023101234566', title: '一种灌溉装置', publicationNumber: 'CN116000001A', publicationDate: '2023-04-07' };
const bRow = { applicationNumber: '2023101234566', title: '一种智能灌溉装置', publicationNumber: 'CN116000001B', publicationDate: '2024-03-15' };

describe('readPublicationRow', () => {
  it('makes a B row the grant, dated by its 公开（公告）日', () => {
    const { row, typeFromKind } = readPublicationRow(bRow);
    expect(row).toEqual({ applicationNumber: '2023101234566', title: '一种智能灌溉装置', grantNumber: 'CN116000001B', grantDate: '2024-03-15', publicationNumbers: ['CN116000001B'] });
    expect(typeFromKind).toBe('invention');
  });

  it('keeps an A row as the application publication', () => {
    expect(readPublicationRow(aRow).row).toMatchObject({ publicationNumber: 'CN116000001A', publicationDate: '2023-04-07', publicationNumbers: ['CN116000001A'] });
    expect(readPublicationRow(aRow).row.grantDate).toBeUndefined();
  });

  it('makes a pre-2010 Y row the grant of a utility model', () => {
    const { row, typeFromKind } = readPublicationRow({ publicationNumber: 'CN201234567Y', publicationDate: '2009-03-04' });
    expect(row.grantDate).toBe('2009-03-04');
    expect(typeFromKind).toBe('utility-model');
  });

  it('leaves an explicit 授权公告日 alone', () => {
    const { row } = readPublicationRow({ publicationNumber: 'CN116000001B', publicationDate: '2024-03-20', grantNumber: 'CN116000001B', grantDate: '2024-03-15' });
    expect(row.grantDate).toBe('2024-03-15');
  });

  it('dates nothing by a correction or an invalidation, but lists the number', () => {
    const { row } = readPublicationRow({ publicationNumber: 'CN116000001C1', publicationDate: '2025-06-01' });
    expect(row).toEqual({ publicationNumbers: ['CN116000001C1'] });
  });

  it('reports a number without a kind code and keeps it as the publication', () => {
    const reading = readPublicationRow({ publicationNumber: 'CN116000001', publicationDate: '2023-04-07' });
    expect(reading.unreadCode).toBe('CN116000001');
    expect(reading.row.publicationNumber).toBe('CN116000001');
  });
});

describe('mergePublicationRows', () => {
  const a = readPublicationRow(aRow).row;
  const b = readPublicationRow(bRow).row;

  it('takes the grant from the B row and the publication from the A row, in either order', () => {
    for (const [first, second] of [
      [a, b],
      [b, a],
    ] as const) {
      const merged = mergePublicationRows(first, second);
      expect(merged.row).toMatchObject({ publicationNumber: 'CN116000001A', publicationDate: '2023-04-07', grantNumber: 'CN116000001B', grantDate: '2024-03-15' });
      expect(new Set(merged.row.publicationNumbers)).toEqual(new Set(['CN116000001A', 'CN116000001B']));
      // The title as granted (the newer publication) is kept; the rows are two publications.
      expect(merged.row.title).toBe('一种智能灌溉装置');
      expect(merged.samePublication).toBe(false);
      expect(merged.conflicts).toEqual(['title']);
    }
  });

  it('keeps the earliest grant when a correction row follows', () => {
    const correction = readPublicationRow({ ...bRow, publicationNumber: 'CN116000001B8', publicationDate: '2024-06-01' }).row;
    const merged = mergePublicationRows(correction, b);
    expect(merged.row.grantDate).toBe('2024-03-15');
    expect(merged.row.publicationNumbers).toEqual(['CN116000001B8', 'CN116000001B']);
  });

  it('recognises the same publication repeated', () => {
    expect(mergePublicationRows(b, b).samePublication).toBe(true);
  });
});
