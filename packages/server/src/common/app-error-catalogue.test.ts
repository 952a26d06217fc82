import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hasErrorMessage } from '@ipcounty/domain';

/** Every source file of the server that throws, tests left out. */
function sources(dir: string): { file: string; text: string }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === '__tests__' ? [] : sources(full);
    if (!entry.name.endsWith('.ts') || entry.name.endsWith('.test.ts')) return [];
    return [{ file: path.relative(serverSrc, full), text: fs.readFileSync(full, 'utf8') }];
  });
}
const serverSrc = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = sources(serverSrc);

/** `pattern`'s first group at every match, with the file it is in. */
const found = (pattern: RegExp) => files.flatMap(({ file, text }) => [...text.matchAll(pattern)].map((m) => ({ file, value: m[1]! })));

describe('refusals of the server', () => {
  it('are each worded in the catalogue, so the web and the command line can say them in the user’s language', () => {
    const codes = [...found(/new AppError\(\s*\d+,\s*'(\w+)'/g), ...found(/conflict\('(\w+)'/g)];
    const subjects = found(/notFound\('([\w-]+)'/g).concat(found(/subject: '([\w-]+)'/g)).map((s) => ({ ...s, value: `not_found.${s.value}` }));
    const rules = found(/forbidden\('([\w-]+)'/g).map((s) => ({ ...s, value: `forbidden.${s.value}` }));
    const unworded = [...codes, ...subjects, ...rules].filter(({ value }) => {
      const [code, variant] = value.split('.');
      return !hasErrorMessage(code!, variant ? { variant } : undefined) || (variant !== undefined && !hasErrorMessage(value));
    });
    expect(unworded).toEqual([]);
    expect(codes.length).toBeGreaterThan(100);
  });

  it('carry an English message only: Chinese comes from the catalogue, never a "中文 / English" pair', () => {
    const bilingual = found(/new AppError\(\s*\d+,\s*'\w+',\s*([`'][^`']*[\u4e00-\u9fff][^`']*[`'])/g);
    expect(bilingual).toEqual([]);
  });
});
