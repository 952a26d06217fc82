import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SourceMapLookup } from './source-map-lookup.js';

describe('the source of a position in a bundled file', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ipcounty-source-map-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bundle = path.join(dir, 'bundle', 'main.js');
  const bundleUrl = pathToFileURL(bundle).href;
  // Line 0: column 0 from a.js ("AAAA"), column 10 from server-main.js ("UCAA": column +10, source +1).
  // Line 1: nothing. Line 2: column 4 from a.js ("IDAA": column +4, source −1), then column 104
  // from server-main.js ("oGCA": column +100, written in two digits, source +1).
  mkdirSync(path.dirname(bundle));
  writeFileSync(`${bundle}.map`, JSON.stringify({ version: 3, sources: ['../node_modules/a/a.js', '../server-main.js'], mappings: 'AAAA,UCAA;;IDAA,oGCA' }));
  const a = path.join(dir, 'node_modules', 'a', 'a.js');
  const serverMain = path.join(dir, 'server-main.js');
  const lookup = new SourceMapLookup();

  it('is the source of the last segment at or before the column, found beside the map', () => {
    expect(lookup.sourceOf(bundleUrl, 0, 0)).toBe(a);
    expect(lookup.sourceOf(bundleUrl, 0, 9)).toBe(a);
    expect(lookup.sourceOf(bundleUrl, 0, 10)).toBe(serverMain);
    expect(lookup.sourceOf(bundleUrl, 0, 500)).toBe(serverMain);
    expect(lookup.sourceOf(bundleUrl, 2, 4)).toBe(a);
    expect(lookup.sourceOf(bundleUrl, 2, 103)).toBe(a);
    expect(lookup.sourceOf(bundleUrl, 2, 104)).toBe(serverMain);
  });

  it('is the bundle itself where no segment maps the position', () => {
    expect(lookup.sourceOf(bundleUrl, 1, 0)).toBe(bundleUrl);
    expect(lookup.sourceOf(bundleUrl, 2, 3)).toBe(bundleUrl);
    expect(lookup.sourceOf(bundleUrl, 7, 0)).toBe(bundleUrl);
  });

  it('is the file itself where it has no source map', () => {
    const plain = pathToFileURL(path.join(dir, 'plain.js')).href;
    expect(lookup.sourceOf(plain, 0, 0)).toBe(plain);
    expect(lookup.sourceOf('node:internal/modules/esm/utils', 3, 2)).toBe('node:internal/modules/esm/utils');
  });
});
