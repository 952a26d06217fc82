import { field } from '@ipcounty/domain';
import { describe, expect, it } from 'vitest';
import { describeColumns } from './column-readings.js';

describe('describeColumns', () => {
  const fields = [field('applicationNumber', ['申请号'], 'Application number', 'text'), field('publicationDate', ['公开（公告）日'], 'Publication date', 'date')];
  const rows = [
    { rowNumber: 2, cells: { 申请号: 'CN202310123456.6', '公开(公告)日': '2023-04-07', 摘要: '' } },
    { rowNumber: 3, cells: { 申请号: 'CN202310123456.6', '公开(公告)日': '2024-03-15', 摘要: '一种'.repeat(30) } },
  ];

  it('names the field of each matched column with distinct examples, and none for a column not read', () => {
    const readings = describeColumns(['申请号', '公开(公告)日', '摘要'], fields, { applicationNumber: '申请号', publicationDate: '公开(公告)日' }, rows);
    expect(readings[0]).toEqual({ header: '申请号', field: 'applicationNumber', label: { zh: '申请号', en: 'Application number' }, examples: ['CN202310123456.6'] });
    expect(readings[1]?.examples).toEqual(['2023-04-07', '2024-03-15']);
    expect(readings[2]).toMatchObject({ header: '摘要', field: null, label: null });
    expect(readings[2]?.examples[0]).toHaveLength(41);
  });
});
