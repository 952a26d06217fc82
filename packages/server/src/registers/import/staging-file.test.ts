import { describe, expect, it } from 'vitest';
import { createStagingFile } from './staging-file.js';

describe('the staging file', () => {
  it('gives back every line as written: the head parsed, the JSON tail verbatim, across chunk boundaries', async () => {
    const staged = await createStagingFile();
    try {
      const document = JSON.stringify({ title: '一种\t装置 "甲"', applicants: ['金湖甲公司'] });
      for (let i = 0; i < 30_000; i++) await staged.append([i + 2, `key-${i}`, null], document);
      await staged.appendText(`${JSON.stringify([1, 'event'])}\n`, 1);
      await staged.close();
      expect(staged.count).toBe(30_001);
      let n = 0;
      let last: unknown;
      for await (const line of staged.read()) {
        if (n === 0) expect(line).toEqual({ head: [2, 'key-0', null], tail: document });
        n += 1;
        last = line;
      }
      expect(n).toBe(30_001);
      expect(last).toEqual({ head: [1, 'event'], tail: undefined });
    } finally {
      await staged.remove();
    }
  });

  it('reads a line longer than one read, and lines without a tail between lines with one, chunk by chunk with the tails as UTF-8 bytes', async () => {
    const staged = await createStagingFile();
    try {
      const long = JSON.stringify({ abstract: '金湖'.repeat(1_500_000) });
      await staged.append([2, 'short'], '{"a":1}');
      await staged.append([3, 'events']);
      await staged.append([4, 'long'], long);
      await staged.append([5, 'last']);
      await staged.close();
      const lines = [];
      for await (const chunk of staged.readChunks()) for (const { head, tail } of chunk) lines.push({ head, tail: tail?.toString('utf8') });
      expect(lines).toEqual([
        { head: [2, 'short'], tail: '{"a":1}' },
        { head: [3, 'events'], tail: undefined },
        { head: [4, 'long'], tail: long },
        { head: [5, 'last'], tail: undefined },
      ]);
    } finally {
      await staged.remove();
    }
  });
});
