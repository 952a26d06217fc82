import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerKinds, type ImportHistory, type ImportReport, type LedgerImportOutcome, type LedgerKind } from '@ipcounty/domain';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { as, people } from '../supervision/__tests__/supervision-fixture.js';
import { allocationRows, budgetRows, csv, disbursementRows, importFile, xlsx } from './__tests__/ledger-files.js';

/** 万元 in 分. */
const wan = (n: number) => n * 1_000_000;

/**
 * The program ledgers over HTTP on a real database: imports all or nothing, the budget execution of
 * the worked example, a meeting decision handed to the supervision ladder as a work item, and the
 * town data scope.
 */
describe('program ledgers', () => {
  let t: TestApp;
  const list = async (kind: LedgerKind, query = '') => (await as(t, 'office', 'GET', `/api/ledgers/${kind}${query}`)).json();

  beforeAll(async () => {
    t = await createTestApp({ now: '2025-06-30T10:00:00+08:00' });
    t.actAs(people.office);
    for (const [kind, rows] of [['fund-budgets', budgetRows], ['fund-allocations', allocationRows], ['fund-disbursements', disbursementRows]] as const) {
      const response = await importFile(t, kind, `${kind}.csv`, csv(rows));
      expect(response.statusCode, response.body).toBe(200);
    }
  });
  afterAll(async () => t.close());

  it('imports a sheet and imports it again without changing anything', async () => {
    t.actAs(people.office);
    const again = (await importFile(t, 'fund-budgets', 'budgets.csv', csv(budgetRows))).json() as LedgerImportOutcome;
    expect(again).toMatchObject({ status: 'committed', rowsRead: 3, inserted: 0, updated: 0, unchanged: 3, errorCount: 0 });
    const page = await list('fund-budgets');
    expect(page.total).toBe(3);
    expect(page.records.find((r: { cells: Record<string, string> }) => r.cells.purpose === '平台建设')).toMatchObject({ tasks: [5, 8], cells: { amount: '50', source: '省级补助' } });
  });

  it('reads an Excel workbook as well as CSV (the template’s form)', async () => {
    t.actAs(people.office);
    const rows = [['会议日期', '会议名称', '会议类型', '召集人', '参会单位', '关联任务'], ['2025-02-20', '知识产权强县建设推进会', '推进会', '县市场监管局局长', '县科技局；县财政局', '1']];
    const response = await importFile(t, 'meetings', '会议.xlsx', await xlsx('会议', rows));
    expect(response.json()).toMatchObject({ status: 'committed', inserted: 1 });
  });

  it('shows budget against allocation against spend on 2025-06-30, lagging the time-elapsed pace (worked example)', async () => {
    const view = (await as(t, 'office', 'GET', '/api/ledgers/funds/execution?year=2025')).json();
    expect(view.total).toMatchObject({ budget: wan(170), allocated: wan(116), spent: wan(55), lagging: true });
    expect(view.total.expectedRate).toBeCloseTo(181 / 365, 6);
    const byPurpose = Object.fromEntries(view.byPurpose.map((r: { key: string; spent: number; lagging: boolean }) => [r.key, [r.spent / 1_000_000, r.lagging]]));
    expect(byPurpose).toEqual({ 'patent-funding': [30, true], platform: [25, false], 'publicity-training': [0, true] });
    expect(view.byTask.find((r: { key: string }) => r.key === '5')).toMatchObject({ budget: wan(150), allocated: wan(60), spent: wan(30) });
    // Later payments count from their date: on 2025-12-31 the August payment is in.
    const yearEnd = (await as(t, 'office', 'GET', '/api/ledgers/funds/execution?year=2025&asOf=2025-12-31')).json();
    expect(yearEnd.total).toMatchObject({ spent: wan(75), expectedRate: 1 });
  });

  describe('refuses a file with any bad row whole, listing every problem by row', () => {
    const good: Record<LedgerKind, string[][]> = {
      'fund-budgets': [['年度', '资金来源', '资金用途', '预算金额（万元）'], ['2026', '县级财政', '专利资助', '80']],
      'fund-allocations': [allocationRows[0]!, ['2025-ZL-009', '2025', '县级财政', '专利资助', '某项目', '项目', '1', '金市监〔2025〕40号', '2025-06-01', '5', '']],
      'fund-disbursements': [disbursementRows[0]!, ['ZF-009', '2025-PT-001', '2025-06-20', '1']],
      'fund-targets': [['年度', '资金来源', '资金用途', '绩效指标', '指标类别', '比较方式', '目标值', '计量单位'], ['2025', '县级财政', '专利资助', '资助发明专利授权', '产出指标', '≥', '150', '件']],
      meetings: [['会议日期', '会议名称', '会议类型', '召集人'], ['2025-03-12', '领导小组第一次会议', '领导小组会议', '副县长']],
      decisions: [['会议日期', '会议名称', '序号', '决定事项', '责任单位', '完成时限'], ['2025-02-20', '知识产权强县建设推进会', '1', '完善资助办法', '县市场监管局', '2025-05-31']],
      publicity: [['活动日期', '活动名称', '活动类型', '主办单位', '覆盖人次'], ['2025-04-26', '宣传周启动仪式', '4·26宣传周', '县市场监管局', '800']],
      standards: [['标准号', '标准名称', '标准层级', '参与角色', '起草单位', '发布日期'], ['T/JSJX 012-2025', '高压阀门通用技术条件', '团体标准', '主导制定', '某机械公司', '2025-05-01']],
      platforms: [['名称', '类型', '级别', '依托单位', '设立日期', '状态'], ['开发区知识产权工作站', '知识产权工作站', '县级', '开发区管委会', '2025-01-15', '运行中']],
    };
    /** A second row broken in the way each sheet most often is. */
    const bad: Record<LedgerKind, (header: string[]) => string[]> = {
      'fund-budgets': () => ['2026', '县级财政', '专利资助', '一百'],
      'fund-allocations': () => ['2025-ZL-010', '2025', '中央补助', '专利资助', '某项目', '项目', '1', '文号', '2025-06-01', '5', ''],
      'fund-disbursements': () => ['ZF-010', '2025-PT-001', '2025-06-21', '30'],
      'fund-targets': () => ['2025', '县级财政', '专利资助', '资助企业', '产出指标', '约等于', '10', '家'],
      meetings: () => ['2025-13-40', '专题会', '专题会', '副县长'],
      decisions: () => ['2025-02-21', '不存在的会议', '1', '某事项', '县市场监管局', '2025-05-31'],
      publicity: () => ['2025-05-01', '报道', '媒体报道', '县融媒体中心', ''],
      standards: () => ['GB/T 1-2025', '某标准', '国家标准', '主导制定', '', '2025-05-01'],
      platforms: () => ['某平台', '创新平台', '县级', '某公司', '2025-01-15', '运行中 '].map((v, i) => (i === 1 ? '研究院' : v)),
    };

    for (const kind of ledgerKinds) {
      it(kind, async () => {
        t.actAs(people.office);
        const before = (await list(kind)).total as number;
        const [header, row] = good[kind];
        const outcome = (await importFile(t, kind, `${kind}.csv`, csv([header!, row!, bad[kind](header!)]))).json() as LedgerImportOutcome;
        expect(outcome.status).toBe('refused');
        expect(outcome.inserted).toBe(0);
        expect(outcome.problems.filter((p) => p.severity === 'error').map((p) => p.row)).toContain(3);
        expect(outcome.problems.some((p) => p.severity === 'error' && p.row === 2)).toBe(false);
        expect((await list(kind)).total).toBe(before);
      });
    }
  });

  it('refuses allocations beyond their budget line and payments beyond their allocation, naming the rows that go past', async () => {
    t.actAs(people.office);
    // 专利资助 2025 has 100 万 budgeted and 60 万 allocated: 30 万 more fits, the next 20 万 does not.
    const allocations = (await importFile(t, 'fund-allocations', 'a.csv', csv([allocationRows[0]!, ['2025-ZL-002', '2025', '县级财政', '专利资助', '甲项目', '项目', '30', '金市监〔2025〕50号', '2025-06-01', '5', ''], ['2025-ZL-003', '2025', '县级财政', '专利资助', '乙项目', '项目', '20', '金市监〔2025〕51号', '2025-06-02', '5', '']]))).json() as LedgerImportOutcome;
    expect(allocations.status).toBe('refused');
    expect(allocations.problems.map((p) => `${p.row} ${p.reason.zh}`)).toEqual(['3 2025年度该来源、用途的安排合计 110 万元，超过预算 100 万元']);
    // 2025-ZL-001 (60 万) has 50 万 paid: 10 万 more fits, 10.5 does not.
    const payments = (await importFile(t, 'fund-disbursements', 'd.csv', csv([disbursementRows[0]!, ['ZF-004', '2025-ZL-001', '2025-09-01', '10.5']]))).json() as LedgerImportOutcome;
    expect(payments.problems.map((p) => `${p.row} ${p.reason.zh}`)).toEqual(['2 安排“2025-ZL-001”的拨付合计 60.5 万元，超过安排金额 60 万元']);
  });

  it('turns a meeting decision into a work item that the supervision ladder then watches, and shows it carried out once done', async () => {
    t.actAs(people.office);
    const decisions = [['会议日期', '会议名称', '序号', '决定事项', '责任单位', '完成时限', '关联任务'], ['2025-02-20', '知识产权强县建设推进会', '1', '出台专利资助办法', '县市场监管局', '2025-07-31', '5']];
    expect((await importFile(t, 'decisions', 'decisions.csv', csv(decisions))).json()).toMatchObject({ status: 'committed', inserted: 1 });
    const decision = (await list('decisions')).records[0];
    expect(decision.decision).toMatchObject({ status: 'open', source: 'manual', workItemId: null });

    const turned = await as(t, 'office', 'POST', `/api/ledgers/decisions/${decision.id}/work-item`, {});
    expect(turned.statusCode, turned.body).toBe(201);
    const itemId = turned.json().item.id as string;
    expect(turned.json().item).toMatchObject({ year: 2025, taskNumber: 5, leadUnit: 'market-supervision', deadline: '2025-07-31', title: '出台专利资助办法' });
    expect((await as(t, 'office', 'POST', `/api/ledgers/decisions/${decision.id}/work-item`, {})).statusCode).toBe(409);

    const linked = (await list('decisions')).records[0];
    expect(linked.decision).toMatchObject({ status: 'in-progress', source: 'work-item', workItemId: itemId });
    expect(linked.workItems).toEqual([itemId]);

    // The ladder: a 提醒 within 7 days of the deadline, a 催办 once it has passed.
    t.clock.set('2025-07-28T09:00:00+08:00');
    const reminder = (await as(t, 'office', 'POST', '/api/supervision/run', { asOf: '2025-07-28T09:00:00+08:00' })).json();
    expect(reminder.sent.map((s: { level: string; subjectId: string }) => `${s.level} ${s.subjectId}`)).toContain(`reminder work-item:${itemId}`);
    t.clock.set('2025-08-02T09:00:00+08:00');
    const urge = (await as(t, 'office', 'POST', '/api/supervision/run', { asOf: '2025-08-02T09:00:00+08:00' })).json();
    expect(urge.sent.map((s: { level: string; subjectId: string }) => `${s.level} ${s.subjectId}`)).toContain(`urge work-item:${itemId}`);
    expect((await list('decisions')).records[0].decision).toMatchObject({ status: 'in-progress', overdue: true });

    t.clock.set('2025-08-06T09:00:00+08:00');
    const done = await as(t, 'office', 'PUT', `/api/supervision/work-items/${itemId}/progress`, { completedOn: '2025-08-05' });
    expect(done.statusCode, done.body).toBe(200);
    expect((await list('decisions')).records[0].decision).toMatchObject({ status: 'done', overdue: false, source: 'work-item' });
    const meeting = (await list('meetings', '?q=推进会')).records[0];
    expect(meeting.meeting).toMatchObject({ decisions: 1, done: 1, overdue: 0 });
    t.clock.set('2025-06-30T10:00:00+08:00');
  });

  it('turns a decision into a rectification item of the rectification ledger, carried out once the office closes it', async () => {
    t.actAs(people.office);
    const rows = [['会议日期', '会议名称', '序号', '决定事项', '责任单位', '完成时限', '关联任务'], ['2025-02-20', '知识产权强县建设推进会', '2', '整改专利资助资金拨付滞后问题', '县财政局', '2025-09-30', '1']];
    expect((await importFile(t, 'decisions', 'decisions.csv', csv(rows))).json()).toMatchObject({ status: 'committed', inserted: 1 });
    const decision = (await list('decisions', '?q=整改')).records[0];
    const turned = await as(t, 'office', 'POST', `/api/ledgers/decisions/${decision.id}/rectification`, {});
    expect(turned.statusCode, turned.body).toBe(201);
    const item = turned.json();
    expect(item).toMatchObject({ source: 'meeting', ownerUnit: 'finance', deadline: '2025-09-30', taskNumber: 1, problem: '整改专利资助资金拨付滞后问题', state: 'open' });
    expect(item.sourceLabel).toContain('知识产权强县建设推进会');
    expect((await as(t, 'office', 'POST', `/api/ledgers/decisions/${decision.id}/work-item`, {})).statusCode).toBe(409);
    expect((await list('decisions', '?q=整改')).records[0].decision).toMatchObject({ status: 'in-progress', source: 'rectification', rectificationId: item.id });
    const listed = (await as(t, 'office', 'GET', '/api/evaluation/rectifications')).json().items as { id: string }[];
    expect(listed.map((r) => r.id)).toContain(item.id);
    const closed = await as(t, 'office', 'POST', `/api/evaluation/rectifications/${item.id}/close`, { note: '现场核实资金已拨付' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect((await list('decisions', '?q=整改')).records[0].decision).toMatchObject({ status: 'done', overdue: false, source: 'rectification' });
  });

  it('a town reporter sees, exports and imports its own town’s rows only', async () => {
    t.actAs(people.office);
    const publicity = [['活动日期', '活动名称', '活动类型', '主办单位', '覆盖人次', '关联任务', '所属镇街'], ['2025-04-26', '黎城街道4·26宣传进社区', '进社区', '黎城街道', '300', '21', '黎城街道'], ['2025-04-27', '金北街道4·26宣传进企业', '进企业', '金北街道', '200', '21', '金北街道'], ['2025-04-20', '全县4·26宣传周启动仪式', '4·26宣传周', '县市场监管局', '1200', '21', '']];
    expect((await importFile(t, 'publicity', 'publicity.csv', csv(publicity))).json()).toMatchObject({ status: 'committed', inserted: 3 });
    const all = (await list('publicity')).records as { id: string; title: string }[];
    const jinbei = all.find((r) => r.title.includes('金北'))!;

    const own = (await as(t, 'licheng', 'GET', '/api/ledgers/publicity')).json();
    expect(own.records.map((r: { title: string }) => r.title)).toEqual(['黎城街道4·26宣传进社区']);
    expect((await as(t, 'licheng', 'GET', `/api/ledgers/publicity/${jinbei.id}`)).statusCode).toBe(404);
    const dossier = (await as(t, 'licheng', 'GET', '/api/ledgers/by-task/21')).json();
    expect(dossier.publicity.map((r: { title: string }) => r.title)).toEqual(['黎城街道4·26宣传进社区']);
    expect(dossier.allocations.map((r: { key: string }) => r.key)).toEqual(['2025-XC-001']);
    const exported = await as(t, 'licheng', 'GET', '/api/ledgers/publicity/export.xlsx');
    expect(exported.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const titles = book.worksheets[0]!.getColumn(2).values.slice(2).map(String);
    expect(titles).toEqual(['黎城街道4·26宣传进社区']);
    expect((await as(t, 'licheng', 'GET', '/api/ledgers/funds/execution?year=2025')).json().total).toMatchObject({ budget: wan(20), allocated: wan(6) });

    t.actAs(people.licheng);
    const other = (await importFile(t, 'publicity', 'p.csv', csv([publicity[0]!, ['2025-05-01', '黎城街道进校园', '进校园', '黎城街道', '100', '21', '黎城街道'], ['2025-05-02', '县级活动', '其他', '县市场监管局', '50', '21', '']]))).json();
    expect(other).toMatchObject({ status: 'refused', inserted: 0 });
    expect(other.problems.map((p: { row: number; severity: string }) => `${p.row} ${p.severity}`)).toEqual(['3 error']);
    const ownImport = (await importFile(t, 'publicity', 'p.csv', csv([publicity[0]!, ['2025-05-01', '黎城街道进校园', '进校园', '黎城街道', '100', '21', '黎城街道']]))).json();
    expect(ownImport).toMatchObject({ status: 'committed', inserted: 1 });
    expect((await as(t, 'licheng', 'PUT', `/api/ledgers/publicity/${jinbei.id}`, { cells: {} })).statusCode).toBe(403);
    expect((await as(t, 'jinbei', 'GET', '/api/ledgers/publicity')).json().records.map((r: { title: string }) => r.title)).toEqual(['金北街道4·26宣传进企业']);
  });

  it('edits are checked like imports and audited with the row before and after', async () => {
    t.actAs(people.office);
    const row = (await list('fund-budgets', '?q=')).records.find((r: { cells: Record<string, string> }) => r.cells.purpose === '专利资助');
    const refused = await as(t, 'office', 'PUT', `/api/ledgers/fund-budgets/${row.id}`, { cells: { ...row.cells, amount: '-5' } });
    expect(refused.statusCode).toBe(422);
    const changed = await as(t, 'office', 'PUT', `/api/ledgers/fund-budgets/${row.id}`, { cells: { ...row.cells, amount: '110' } });
    expect(changed.statusCode, changed.body).toBe(200);
    const audit = await t.ctx.handle.db.selectFrom('audit_log').selectAll().where('object_type', '=', 'ledger:fund-budgets').where('object_id', '=', row.id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.event_type).toBe('registers.changed');
    expect(JSON.parse(audit[0]!.details as string)).toMatchObject({ before: { amount: wan(100) }, after: { amount: wan(110) } });
    expect((await as(t, 'office', 'DELETE', `/api/ledgers/fund-budgets/${row.id}`)).statusCode).toBe(409);
  });

  it('lists every ledger import in the import history beside the registers’: who, the file’s SHA-256, what it did, and a refused file with its problems', async () => {
    t.actAs(people.office);
    const badFile = csv([['会议日期', '会议名称', '会议类型', '召集人'], ['2025-03-12', '领导小组会议', '领导小组会议', '副县长'], ['2025-13-40', '专题会', '专题会', '副县长']]);
    expect((await importFile(t, 'meetings', '会议-有错.csv', badFile)).json()).toMatchObject({ status: 'refused' });
    const history = (await as(t, 'office', 'GET', '/api/imports?pageSize=200')).json() as ImportHistory;
    // beforeAll's budgets: three new rows from the file whose bytes the history fingerprints (a later file of that name was refused).
    expect(history.imports.find((i) => i.fileName === 'fund-budgets.csv' && i.status === 'committed')).toMatchObject({
      kind: 'fund-budgets',
      status: 'committed',
      sha256: createHash('sha256').update(csv(budgetRows)).digest('hex'),
      rowsRead: 3,
      records: 3,
      inserted: 3,
      updated: 0,
      unchanged: 0,
      errorCount: 0,
      actorId: people.office.id,
      demo: false,
    });
    // The same budgets imported again changed nothing.
    expect(history.imports.find((i) => i.fileName === 'budgets.csv')).toMatchObject({ kind: 'fund-budgets', status: 'committed', inserted: 0, unchanged: 3 });
    const refused = history.imports.find((i) => i.fileName === '会议-有错.csv')!;
    expect(refused).toMatchObject({ kind: 'meetings', status: 'refused', rowsRead: 2, inserted: 0, errorCount: 1 });
    const report = (await as(t, 'office', 'GET', `/api/imports/${refused.importId}`)).json() as ImportReport;
    expect(report.problems.map((p) => [p.row, p.severity])).toEqual([[3, 'error']]);
    // A unit's reporter sees only its own imports.
    expect(((await as(t, 'amr', 'GET', '/api/imports?pageSize=200')).json() as ImportHistory).imports.filter((i) => i.fileName === 'fund-budgets.csv')).toEqual([]);
  });
});
