import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';

/** One staged line: a JSON array, and optionally a JSON text kept as it is (a record's document). */
export interface StagedLine {
  head: unknown[];
  tail: string | undefined;
}

/**
 * The rows of an import between reading and writing: checked records, one line each, in a
 * temporary file, so memory stays flat however long the file (a million patents would not fit
 * in a few hundred megabytes as objects). A line is the head as a JSON array, then a tab and the
 * tail verbatim: a document already in JSON is neither escaped again nor parsed back (JSON text
 * never holds a raw tab).
 */
export interface StagingFile {
  append(head: readonly unknown[], tail?: string): Promise<void> | void;
  /** Lines already formatted (StagedBatch.text) holding `count` records. */
  appendText(text: string, count: number): Promise<void> | void;
  /** Ends writing; call before reading. */
  close(): Promise<void>;
  read(): AsyncGenerator<StagedLine>;
  remove(): Promise<void>;
  readonly count: number;
}

const FLUSH_CHARS = 1 << 20;

function parseLine(line: string): StagedLine {
  const tab = line.indexOf('\t');
  return tab === -1 ? { head: JSON.parse(line) as unknown[], tail: undefined } : { head: JSON.parse(line.slice(0, tab)) as unknown[], tail: line.slice(tab + 1) };
}

export async function createStagingFile(): Promise<StagingFile> {
  const dir = await mkdtemp(join(tmpdir(), 'ipcounty-import-'));
  const path = join(dir, 'staged.jsonl');
  const out = createWriteStream(path);
  let pending = '';
  let count = 0;
  const flush = async () => {
    const text = pending;
    pending = '';
    if (!out.write(text)) await once(out, 'drain');
  };
  return {
    get count() {
      return count;
    },
    append(head, tail) {
      pending += tail === undefined ? `${JSON.stringify(head)}\n` : `${JSON.stringify(head)}\t${tail}\n`;
      count += 1;
      if (pending.length >= FLUSH_CHARS) return flush();
    },
    appendText(text, lines) {
      pending += text;
      count += lines;
      if (pending.length >= FLUSH_CHARS) return flush();
    },
    async close() {
      out.end(pending);
      pending = '';
      await finished(out);
    },
    async *read() {
      let rest = '';
      for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: FLUSH_CHARS })) {
        const text = rest + (chunk as string);
        let start = 0;
        for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
          yield parseLine(text.slice(start, end));
          start = end + 1;
        }
        rest = text.slice(start);
      }
      if (rest !== '') yield parseLine(rest);
    },
    async remove() {
      out.destroy();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
