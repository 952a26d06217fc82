import { createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { makeStagingDir } from './import-runs.js';

/** One staged line: a JSON array, and optionally a JSON text kept as it is (a record's document). */
export interface StagedLine {
  head: unknown[];
  tail: string | undefined;
}

/**
 * A staged line as readChunks gives it: the tail left as its UTF-8 bytes (a view into the chunk
 * read), never decoded into a string; SQLite stores such bytes as text without conversion.
 */
export interface StagedBytesLine {
  head: unknown[];
  tail: Buffer | undefined;
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
  /** Lines already formatted (StagedBatch.text, a string or its UTF-8 bytes) holding `count` records. */
  appendText(text: string | Uint8Array, count: number): Promise<void> | void;
  /** Ends writing; call before reading. */
  close(): Promise<void>;
  read(): AsyncGenerator<StagedLine>;
  /**
   * The same lines a chunk at a time, each parsed as it is iterated, tails as bytes: cheaper per
   * line than read. Finish iterating a chunk before asking for the next.
   */
  readChunks(): AsyncGenerator<Iterable<StagedBytesLine>>;
  remove(): Promise<void>;
  readonly count: number;
}

const FLUSH_CHARS = 1 << 20;
/** Bytes read back at a time: each read is decoded once, then cut into lines. */
const READ_BYTES = 1 << 20;
const NEWLINE = 0x0a;

const TAB = 0x09;

/** The lines of a chunk read back (the last may lack its newline), parsed one by one as iterated. */
export function* linesOf(bytes: Buffer): Generator<StagedBytesLine> {
  let start = 0;
  // The next tab at or after `start`: looked for again only once passed, so lines without a tail
  // (legal events) do not each scan the rest of the chunk. JSON text never holds a raw tab.
  let tab = bytes.indexOf(TAB);
  while (start < bytes.length) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end === -1) end = bytes.length;
    if (tab !== -1 && tab < start) tab = bytes.indexOf(TAB, start);
    yield tab === -1 || tab > end
      ? { head: JSON.parse(bytes.toString('utf8', start, end)) as unknown[], tail: undefined }
      : { head: JSON.parse(bytes.toString('utf8', start, tab)) as unknown[], tail: bytes.subarray(tab + 1, end) };
    start = end + 1;
  }
}

export async function createStagingFile(): Promise<StagingFile> {
  // Named after this process and removed on exit, or at the next start after a kill (import-runs.ts).
  const folder = await makeStagingDir();
  const path = join(folder.dir, 'staged.jsonl');
  const out = createWriteStream(path);
  let pending = '';
  let count = 0;
  async function* readChunks(): AsyncGenerator<Iterable<StagedBytesLine>> {
    const file = await open(path, 'r');
    try {
      // The bytes after the last whole line read so far. Each read fills a fresh buffer (the lines
      // handed out are views into it), larger when a single line outgrows it.
      let carried = Buffer.alloc(0);
      for (;;) {
        const buffer = Buffer.allocUnsafe(Math.max(READ_BYTES, carried.length * 2));
        carried.copy(buffer, 0);
        const { bytesRead } = await file.read(buffer, carried.length, buffer.length - carried.length, null);
        const filled = carried.length + bytesRead;
        if (bytesRead === 0) {
          if (filled > 0) yield linesOf(buffer.subarray(0, filled));
          return;
        }
        // A newline byte never occurs inside a multi-byte UTF-8 character, so cutting there is safe.
        const last = buffer.lastIndexOf(NEWLINE, filled - 1);
        carried = buffer.subarray(last + 1, filled);
        if (last !== -1) yield linesOf(buffer.subarray(0, last + 1));
      }
    } finally {
      await file.close();
    }
  }
  const flush = async () => {
    const text = pending;
    pending = '';
    if (!out.write(text)) await once(out, 'drain');
  };
  const appendBytes = async (bytes: Uint8Array) => {
    if (pending !== '') out.write(pending);
    pending = '';
    if (!out.write(bytes)) await once(out, 'drain');
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
      count += lines;
      if (typeof text !== 'string') return appendBytes(text);
      pending += text;
      if (pending.length >= FLUSH_CHARS) return flush();
    },
    async close() {
      out.end(pending);
      pending = '';
      await finished(out);
    },
    async *read() {
      for await (const lines of readChunks()) for (const { head, tail } of lines) yield { head, tail: tail?.toString('utf8') };
    },
    readChunks,
    async remove() {
      out.destroy();
      await folder.remove();
    },
  };
}
