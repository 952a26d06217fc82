import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditTrailFromConfig, importPlan, loadConfig, readPlanFile, systemClock } from '@ipcounty/server';
import { createTestDatabase, type TestDatabase } from '../../../server/src/database/__tests__/test-database.js';
import { saveWorkItem } from '../../../server/src/supervision/save-work-item.js';
import { exitCodes } from '../exit-codes.js';
import { runCli } from '../__tests__/run-cli.js';

describe('ipcounty supervision run', () => {
  let database: TestDatabase;
  let env: Record<string, string>;
  beforeAll(async () => {
    database = await createTestDatabase();
    env = { DATABASE_URL: database.url };
    const config = { ...loadConfig({}), DATABASE_URL: database.url };
    const audit = auditTrailFromConfig(config, systemClock);
    await importPlan({ handle: database.handle, clock: systemClock, actor: 'system', audit, input: readPlanFile(config.PLAN_FILE) });
    await saveWorkItem({
      ctx: { config, handle: database.handle, clock: systemClock, audit },
      countyId: 'jinhu',
      user: { principal: { id: 'office-1', roles: ['program-office'] }, audit: { id: 'office-1', name: 'office-1', roles: ['program-office'] } },
      input: { year: 2026, taskNumber: 1, title: '调整领导小组成员名单', leadUnit: 'market-supervision', cooperatingUnits: ['organization-department'], deadline: '2026-03-31', expectedOutput: '', milestones: [], figures: [], servesTargets: [] },
    });
  });
  afterAll(async () => database.drop());

  it('sends what is due at --as-of, once: a second run the same day sends nothing', async () => {
    const first = await runCli(['supervision', 'run', '--as-of', '2026-03-25', '--json'], env);
    expect(first.code).toBe(exitCodes.ok);
    const summary = JSON.parse(first.stdout);
    expect(summary).toMatchObject({ asOf: '2026-03-25T23:59:59.999+08:00', subjects: { workItems: 1, reports: 0 } });
    expect(summary.sent).toEqual([{ subjectId: 'work-item:2026-t1-1', level: 'reminder', title: '调整领导小组成员名单', units: ['market-supervision', 'organization-department'] }]);
    // No SMTP_HOST: the reminders are in the app only.
    expect(summary.emails).toEqual({ sent: 0, failed: 0, noAddress: 0, notConfigured: 2 });

    const second = await runCli(['supervision', 'run', '--as-of', '2026-03-25'], env);
    expect(second.code).toBe(exitCodes.ok);
    expect(second.stdout).toContain('没有到期事项：未发送提醒');
  });

  it('takes the first minute after the deadline day as overdue: a 催办, naming each unit as the plan does', async () => {
    const result = await runCli(['supervision', 'run', '--as-of', '2026-04-01T00:00:00+08:00'], env);
    expect(result.stdout).toContain('催办 调整领导小组成员名单 → 县市场监管局、县委组织部');
  });

  it('drafts the 督办单 on the 30th day overdue as the button does: no number, nothing sent, waiting for signature in the app', async () => {
    const result = await runCli(['supervision', 'run', '--as-of', '2026-04-30'], env);
    expect(result.code).toBe(exitCodes.ok);
    expect(result.stdout).toContain('已起草 1 件，待在“督办记录”中审核、签发后发出：');
    expect(result.stdout).toContain('督办 调整领导小组成员名单 → 县市场监管局');
    expect(await database.handle.db.selectFrom('supervision_notices').select('notice_id').execute()).toEqual([]);
    const drafts = await database.handle.db.selectFrom('supervision_notice_drafts').select(['state', 'level']).execute();
    expect(drafts).toEqual([{ state: 'draft', level: 'supervise' }]);
    // Again the same day: already drafted, nothing new.
    expect((await runCli(['supervision', 'run', '--as-of', '2026-04-30'], env)).stdout).toContain('没有到期事项');
  });

  it('refuses an --as-of that is not a date as a wrong command line (exit 2), changing nothing', async () => {
    const result = await runCli(['supervision', 'run', '--as-of', 'next tuesday'], env);
    expect(result.code).toBe(exitCodes.usage);
    expect(result.stderr).toContain('--as-of 应为日期（YYYY-MM-DD）或带时区的时刻，而不是“next tuesday”');
    expect((await runCli(['supervision', 'run', '--as-of', '2026-02-30'], env)).code).toBe(exitCodes.usage);
    const english = await runCli(['supervision', 'run', '--as-of', 'next tuesday', '--lang', 'en'], env);
    expect(english.stderr).toContain('--as-of must be a date (YYYY-MM-DD) or an instant with an offset, not "next tuesday"');
  });
});
