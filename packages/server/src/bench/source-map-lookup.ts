import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The source file a position in a bundled file came from, read from the source map the bundler
 * wrote beside it (scripts/bundle-server.mjs writes `<file>.map`), so a CPU profile of the
 * one-file server build still says which package's code ran.
 */
type Segment = readonly [column: number, source: number];
interface Decoded {
  sources: string[];
  lines: Segment[][];
}

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** One mapping segment's fields: base-64 VLQ, five bits a digit, the sign in the lowest bit. */
function vlqFields(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const digit of segment) {
    const bits = DIGITS.indexOf(digit);
    value += (bits & 31) * 2 ** shift;
    if (bits & 32) shift += 5;
    else {
      fields.push(value % 2 === 1 ? -(value - 1) / 2 : value / 2);
      value = 0;
      shift = 0;
    }
  }
  return fields;
}

function decode(mapFile: string): Decoded {
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; sourceRoot?: string; mappings: string };
  const base = path.resolve(path.dirname(mapFile), map.sourceRoot ?? '');
  let source = 0;
  const lines = map.mappings.split(';').map((line) => {
    let column = 0;
    return line === ''
      ? []
      : line.split(',').map((segment): Segment => {
          const [columnDelta = 0, sourceDelta] = vlqFields(segment);
          column += columnDelta;
          if (sourceDelta !== undefined) source += sourceDelta;
          return [column, source];
        });
  });
  return { sources: map.sources.map((file) => path.resolve(base, file)), lines };
}

export class SourceMapLookup {
  private readonly maps = new Map<string, Decoded | null>();

  /** The source of `url` at the zero-based `line` and `column`; `url` itself where it has no source map. */
  sourceOf(url: string, line: number, column: number): string {
    if (!url.startsWith('file:')) return url;
    const file = fileURLToPath(url);
    let decoded = this.maps.get(file);
    if (decoded === undefined) {
      try {
        decoded = decode(`${file}.map`);
      } catch {
        decoded = null;
      }
      this.maps.set(file, decoded);
    }
    if (!decoded) return url;
    // A bundle without line breaks has a hundred thousand segments on a line: search them by halves.
    const segments = decoded.lines[line] ?? [];
    let low = 0;
    let high = segments.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (segments[middle]![0] <= column) low = middle + 1;
      else high = middle;
    }
    const found = segments[low - 1];
    return found ? (decoded.sources[found[1]] ?? url) : url;
  }
}
