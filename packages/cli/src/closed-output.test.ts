import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { endQuietlyWhenReaderLeaves } from './closed-output.js';

/**
 * A pipe whose reader has closed its end (as `head -1` does once it has its line): the next write
 * fails with EPIPE. The reader says when it has closed, and is ended by the caller.
 */
async function pipeWithoutReader() {
  const reader = spawn(process.execPath, ['-e', 'require("fs").closeSync(0); process.stdout.write("closed"); setTimeout(() => {}, 10000)'], { stdio: ['pipe', 'pipe', 'ignore'] });
  await once(reader.stdout, 'data');
  return { pipe: reader.stdin, reader };
}

describe('output whose reader has gone', () => {
  it('ends with exit 0 on EPIPE instead of an unhandled error', async () => {
    const { pipe, reader } = await pipeWithoutReader();
    try {
      const codes: number[] = [];
      endQuietlyWhenReaderLeaves(pipe, (code) => codes.push(code));
      const closed = new Promise((resolve) => pipe.on('close', resolve));
      pipe.write('用法： ipcounty [options] [command]\n');
      await closed;
      expect(codes).toEqual([0]);
    } finally {
      reader.kill();
    }
  });

  it('leaves any other error to Node', () => {
    const listeners: ((error: NodeJS.ErrnoException) => void)[] = [];
    const codes: number[] = [];
    endQuietlyWhenReaderLeaves({ on: (_event, listener) => listeners.push(listener) }, (code) => codes.push(code));
    const other = Object.assign(new Error('write EIO'), { code: 'EIO' });
    expect(() => listeners[0]!(other)).toThrow('write EIO');
    expect(codes).toEqual([]);
  });
});
