import { describe, expect, it } from 'vitest';
import { figureChanges } from './number-changes.js';

const f = (key: string, value: number | null) => ({ key, label: key, value });

describe('figureChanges', () => {
  it('lists the numbers that changed, in the new order', () => {
    expect(figureChanges([f('a', 1), f('b', 40.3)], [f('b', 41.05), f('a', 1)])).toEqual([{ key: 'b', label: 'b', before: 40.3, after: 41.05 }]);
  });
  it('does not list a change a reader cannot see at two decimals', () => {
    expect(figureChanges([f('a', 40.301)], [f('a', 40.3044)])).toEqual([]);
  });
  it('lists numbers that appeared and that went away', () => {
    expect(figureChanges([f('gone', 5)], [f('new', null), f('x', 2)])).toEqual([
      { key: 'new', label: 'new', before: null, after: null },
      { key: 'x', label: 'x', before: null, after: 2 },
      { key: 'gone', label: 'gone', before: 5, after: null },
    ]);
  });
  it('a value becoming known is a change', () => {
    expect(figureChanges([f('a', null)], [f('a', 3)])).toEqual([{ key: 'a', label: 'a', before: null, after: 3 }]);
  });
});
