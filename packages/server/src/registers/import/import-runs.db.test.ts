import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRegisterFixture, csv, jinhuAddress, officeUser, type RegisterFixture } from '../__tests__/register-fixture.js';
import { importHistoryRepository } from './import-history.repository.js';
import { runMarkedImport } from './import-jobs.js';
import { beginImportRun, databaseKey, settleRunningImports, sweepAbandonedImports } from './import-runs.js';

/** The id of a process that has ended (a node that printed nothing and exited). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

const marks = csv([['注册号', '国际分类', '申请人', '申请人地址'], ['9', '7', '甲公司', jinhuAddress]]);

describe('what killed imports leave behind', () => {
  let f: RegisterFixture;
  let root: string;
  beforeEach(async () => {
    f = await createRegisterFixture();
    root = mkdtempSync(join(tmpdir(), 'ipcounty-sweep-test-'));
  });
  afterEach(async () => {
    rmSync(root, { recursive: true, force: true });
    await f.drop();
  });

  const running = async (importId: string, at = f.clock.now().toISOString()) =>
    importHistoryRepository.start(f.handle.db, 'jinhu', { importId, kind: 'trademarks', fileName: 'marks.csv', sha256: '', sizeBytes: 0, demo: false, actorId: null, actorName: 'cli:test', at });
  const statusOf = async (importId: string) => (await importHistoryRepository.get(f.handle.db, 'jinhu', importId))?.status;

  it('removes the folders of a process killed mid-import and marks its import failed, audited; leaves live processes alone', async () => {
    const dead = deadPid();
    const killed = '00000000-0000-4000-8000-000000000001';
    await running(killed);
    const marker = join(root, `ipcounty-run-${dead}-aaaaaa`);
    mkdirSync(marker);
    writeFileSync(join(marker, 'run.json'), JSON.stringify({ countyId: 'jinhu', importId: killed, database: databaseKey(f.handle), pid: dead }));
    const staging = join(root, `ipcounty-import-${dead}-bbbbbb`);
    mkdirSync(staging);
    writeFileSync(join(staging, 'staged.jsonl'), 'x'.repeat(1 << 20));
    // Another database's marker: its staged rows go, its marker stays for the process that uses that database.
    const foreign = join(root, `ipcounty-run-${dead}-cccccc`);
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'run.json'), JSON.stringify({ countyId: 'jinhu', importId: killed, database: 'sqlite:/elsewhere.sqlite', pid: dead }));
    writeFileSync(join(foreign, 'staged.jsonl'), 'x');
    // A live process (this test's parent) is still using its folder.
    const alive = join(root, `ipcounty-upload-${process.ppid}-dddddd`);
    mkdirSync(alive);

    const result = await sweepAbandonedImports({ handle: f.handle, audit: f.audit, clock: f.clock, tempDir: root });
    expect(result).toEqual({ folders: 2, imports: 1 });
    expect(readdirSync(root).sort()).toEqual([`ipcounty-run-${dead}-cccccc`, `ipcounty-upload-${process.ppid}-dddddd`]);
    expect(readdirSync(foreign)).toEqual(['run.json']);
    const record = await importHistoryRepository.get(f.handle.db, 'jinhu', killed);
    expect(record).toMatchObject({ status: 'failed' });
    expect(record?.message?.zh).toContain('导入被中断');
    const audit = await f.handle.db.selectFrom('audit_log').select(['event_type', 'reason_code', 'object_id']).where('event_type', '=', 'imports.failed').execute();
    expect(audit).toEqual([{ event_type: 'imports.failed', reason_code: 'interrupted', object_id: killed }]);

    // Settled once: a second start finds nothing more to do.
    expect(await sweepAbandonedImports({ handle: f.handle, audit: f.audit, clock: f.clock, tempDir: root })).toEqual({ folders: 0, imports: 0 });
  });

  it('marks failed an import still running a day after it started, even without its folder', async () => {
    const old = '00000000-0000-4000-8000-000000000002';
    const recent = '00000000-0000-4000-8000-000000000003';
    await running(old, new Date(f.clock.now().getTime() - 25 * 3600 * 1000).toISOString());
    await running(recent);
    expect(await sweepAbandonedImports({ handle: f.handle, audit: f.audit, clock: f.clock, tempDir: root })).toEqual({ folders: 0, imports: 1 });
    expect(await statusOf(old)).toBe('failed');
    expect(await statusOf(recent)).toBe('running');
  });

  it('on a stop signal, marks the running imports of this process failed and lets their markers go', async () => {
    const stopped = '00000000-0000-4000-8000-000000000004';
    const run = await beginImportRun({ handle: f.handle, audit: f.audit, clock: f.clock, countyId: 'jinhu', importId: stopped });
    await running(stopped);
    expect(await settleRunningImports()).toBe(1);
    expect(await statusOf(stopped)).toBe('failed');
    expect((await importHistoryRepository.get(f.handle.db, 'jinhu', stopped))?.message?.en).toContain('the process running it was stopped');
    // Settled: nothing left to settle, and the marker is removed like any other folder.
    expect(await settleRunningImports()).toBe(0);
    await run.remove();
  });

  it('leaves no folder of this process behind after an import, committed or refused', async () => {
    const mine = () => readdirSync(tmpdir()).filter((name) => new RegExp(`^ipcounty-(import|run|upload)-${process.pid}-`).test(name));
    const before = mine();
    const props = { ctx: f, countyId: 'jinhu', user: officeUser, kind: 'trademarks' as const };
    const committed = await runMarkedImport({ ...props, input: { buffer: Buffer.from(marks), fileName: 'marks.csv' } });
    expect(committed.status).toBe('committed');
    const refused = await runMarkedImport({ ...props, input: { buffer: Buffer.from('注册号\n'), fileName: 'empty.csv' } });
    expect(refused.status).toBe('refused');
    expect(mine()).toEqual(before);
  });
});
