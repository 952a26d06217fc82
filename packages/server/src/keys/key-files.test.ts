import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newKey, readKeyFile } from './key-files.js';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) fs.rmSync(folder, { recursive: true, force: true });
});

function keyFileHolding(bytes: Buffer): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ipcounty-key-'));
  folders.push(folder);
  const file = path.join(folder, 'k.key');
  fs.writeFileSync(file, bytes);
  return file;
}

describe('installation key files', () => {
  it('never generates a key whose last byte the reader would take for a newline', () => {
    const draws = [Buffer.alloc(32, 0x0a), Buffer.concat([Buffer.alloc(31, 7), Buffer.from([0x0a])]), Buffer.alloc(32, 9)];
    const key = newKey(() => draws.shift()!);
    expect(key).toEqual(Buffer.alloc(32, 9));
    expect(readKeyFile(keyFileHolding(key), 'K')).toHaveLength(32);
  });

  it('reads a typed key with its trailing newline dropped, and refuses one under 32 bytes', () => {
    expect(readKeyFile(keyFileHolding(Buffer.from(`${'a'.repeat(32)}\n`)), 'K').toString()).toBe('a'.repeat(32));
    expect(() => readKeyFile(keyFileHolding(Buffer.from(`${'a'.repeat(31)}\n`)), 'K')).toThrow('holds 31 bytes');
  });
});
