import { field, fieldContext } from '@ipcounty/domain';
import { describe, expect, it } from 'vitest';
import { cellReader } from './register-adapter.js';

const fields = [field('title', ['名称'], 'Title', 'text'), field('amount', ['金额'], 'Amount', 'amount', { unit: '元' })];
const context = fieldContext([], []);

describe('cellReader', () => {
  it("reads a file's columns in the register's order, an amount in the unit its header names", () => {
    // The file has 金额（万元） before 名称: 1.5 万元 is 15,000 元, 1,500,000 分.
    const read = cellReader(fields, ['amount', 'title'], { amount: '万元' });
    const parsed = read({ amount: '1.5', title: '一种节能设备' }, context);
    expect(parsed.issues).toEqual([]);
    expect(Object.entries(parsed.document ?? {})).toEqual([['title', '一种节能设备'], ['amount', 1_500_000]]);
  });

  it('reads no cell of a field the header lacks, and names the field of a cell it cannot read', () => {
    const titleOnly = cellReader(fields, ['title'], {});
    expect(titleOnly({ title: '一种节能设备', amount: 'abc' }, context)).toEqual({ document: { title: '一种节能设备' }, issues: [] });
    const both = cellReader(fields, ['title', 'amount'], {});
    const parsed = both({ title: '一种节能设备', amount: 'abc' }, context);
    expect(parsed.issues.map((issue) => [issue.field, issue.value, issue.severity])).toEqual([['amount', 'abc', 'error']]);
  });
});
