import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The built `ipcounty` in a pipeline, as a shell runs it: when the reader leaves before the output
 * is written (`ipcounty --help | head -1`), it ends quietly with exit 0, like standard Unix tools,
 * instead of an EPIPE stack trace.
 */
const bin = fileURLToPath(new URL('../packages/cli/bin/ipcounty.js', import.meta.url));
const env = { ...process.env, LANG: 'zh_CN.UTF-8' };

describe('ipcounty whose output is closed early', () => {
  it('ipcounty --help | head -1 prints the first line and ends with exit 0, nothing on stderr', () => {
    const shell = spawnSync('bash', ['-c', 'set -o pipefail; node "$0" --help | head -1', bin], { encoding: 'utf8', env });
    expect(shell.stderr).toBe('');
    expect(shell.status).toBe(0);
    expect(shell.stdout).toBe('用法： ipcounty [options] [command]\n');
  });

  it('ends with exit 0 when the reader has closed before the first write', async () => {
    const child = spawn(process.execPath, [bin, '--help'], { stdio: ['ignore', 'pipe', 'pipe'], env });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
