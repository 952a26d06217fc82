import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditTrailFromConfig, importPlan, loadConfig, readPlanFile, systemClock } from '@ipcounty/server';
import { createTestDatabase, type TestDatabase } from '../../../server/src/database/__tests__/test-database.js';
import { run } from '../main.js';

/** Runs `ipcounty …` in-process against the test database and returns its exit code and output. */
async function ipcounty(database: TestDatabase, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = database.url;
  try {
    const code = await run(['node', 'ipcounty', ...args]);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    process.env.DATABASE_URL = previous;
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

describe('operations from the command line', () => {
  let database: TestDatabase;
  beforeEach(async () => {
    database = await createTestDatabase();
    const config = loadConfig({});
    await importPlan({ handle: database.handle, clock: systemClock, actor: 'system', audit: auditTrailFromConfig(config, systemClock), input: readPlanFile(config.PLAN_FILE) });
  });
  afterEach(async () => database.drop());

  it('DJ-AUD-03 `ipcounty audit verify` passes an intact chain and exits 3 naming the entry changed behind its back', async () => {
    const intact = await ipcounty(database, 'audit', 'verify', '--json');
    expect(intact.code).toBe(0);
    const report = JSON.parse(intact.stdout);
    expect(report).toMatchObject({ ok: true, checked: [{ countyId: 'jinhu', ok: true, verified: 1 }] });

    const db = database.handle.db;
    if (database.handle.dialect === 'postgres') await sql`alter table audit_log disable trigger audit_log_no_update_or_delete`.execute(db);
    else await sql`drop trigger audit_log_no_update`.execute(db);
    await sql`update audit_log set actor_name = 'somebody else' where seq = 1`.execute(db);

    const broken = await ipcounty(database, 'audit', 'verify');
    expect(broken.code).toBe(3);
    expect(broken.stdout).toContain('jinhu：在第 1 条断开，此前 0 条完好');
    // The verification itself is recorded, as done by the operating-system user.
    const last = await db.selectFrom('audit_log').select(['event_type', 'actor_name', 'outcome']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(last).toEqual({ event_type: 'audit.verified', actor_name: `cli:${os.userInfo().username}`, outcome: 'failure' });
  });

  it.skipIf(process.env.TEST_DATABASE === 'postgres')('DJ-BAK-01 `ipcounty backup` then `ipcounty restore`, refused while the database is open', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipcounty-cli-backup-'));
    try {
      const out = path.join(dir, 'nightly.sqlite');
      const backup = await ipcounty(database, 'backup', '--out', out, '--json');
      expect(backup.code).toBe(0);
      expect(JSON.parse(backup.stdout)).toMatchObject({ file: out, tables: { plans: 1 } });
      expect(fs.existsSync(`${out}.manifest.json`)).toBe(true);

      const refused = await ipcounty(database, 'restore', out);
      expect(refused.code).toBe(3);
      expect(refused.stderr).toContain('请先停止服务');

      await database.handle.close();
      const restored = await ipcounty(database, 'restore', out);
      expect(restored.code, restored.stderr).toBe(0);
      expect(restored.stdout).toContain('完整性检查通过');
      const damaged = path.join(dir, 'damaged.sqlite');
      fs.writeFileSync(damaged, 'SQLite format 3\0 but nothing else');
      expect((await ipcounty(database, 'restore', damaged)).code).toBe(3);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
