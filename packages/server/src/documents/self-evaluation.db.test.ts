import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { figureChanges, figureText, roleIds } from '@ipcounty/domain';
import { loadConfig } from '../config/config.js';
import { loadDemoData } from '../demo/demo-data.js';
import { createIndicatorService } from '../indicators/indicator-service.js';
import { budgetExecutionView } from '../ledgers/budget-execution.view.js';
import { ledgerRepository } from '../ledgers/ledger.repository.js';
import { createRegisterFixture, office, type RegisterFixture } from '../registers/__tests__/register-fixture.js';
import { operatorUser } from '../common/command-context.js';
import { planOf } from '../supervision/supervision-context.js';
import { archiveFile } from './archive-files.js';
import { documentArchiveRepository, type ArchiveEntry } from './document-archive.repository.js';
import type { DocumentsContext } from './documents-context.js';
import { saveNarrative } from './save-narrative.js';
import { buildSelfEvaluation, narrativesView } from './self-evaluation.document.js';
import { stratmlExport } from './stratml-export.js';
import { wordDocument } from './word-document.js';
import { xlsxWorkbook } from './xlsx-workbook.js';

/**
 * The 自评报告 and the workbook from the demo county's data: parsed back, every number must be the
 * engine's at the same date (the PDF, which needs a Chinese font from the system, is checked by the
 * e2e suite with pdftotext).
 */
describe('自评报告 and 验收材料 from live data', () => {
  let f: RegisterFixture;
  let ctx: DocumentsContext;
  const countyId = 'jinhu';
  const user = operatorUser(office, [...roleIds]);
  const asOf = '2026-10-31';

  beforeAll(async () => {
    f = await createRegisterFixture();
    await loadDemoData({ handle: f.handle, audit: f.audit, clock: f.clock, actor: office, countyId, scale: 0.05 });
    const attachments = await fs.mkdtemp(path.join(os.tmpdir(), 'ipcounty-docs-'));
    ctx = { handle: f.handle, clock: f.clock, audit: f.audit, config: loadConfig({ ATTACHMENTS_DIR: attachments }), indicators: createIndicatorService({ handle: f.handle, clock: f.clock, audit: f.audit }) };
  }, 180_000);
  afterAll(async () => f?.drop());

  it('DOC-01 the Word report and the workbook carry every target’s number as the engine gives it at the data date, and all 21 tasks', async () => {
    const { report } = await buildSelfEvaluation(ctx, f.handle.db, countyId, { asOf, date: '2026-11-28', version: 1 });
    const text = (await mammoth.extractRawText({ buffer: await wordDocument(report.document, '金湖县国家知识产权强县建设试点工作专班') })).value;
    const dashboard = await ctx.indicators!.dashboard(countyId, asOf);
    expect(dashboard.targets).toHaveLength(16);
    // mammoth writes each table cell as its own paragraph: a target's row is its name, unit, baseline, then the value.
    const cells = text.split('\n').map((l) => l.trim()).filter(Boolean);
    for (const target of dashboard.targets) {
      const at = cells.indexOf(target.name);
      expect(at, target.name).toBeGreaterThan(0);
      const value = target.value === null ? '—' : target.unit === '%' ? `${figureText(target.value)}%` : figureText(target.value);
      expect(cells[at + 3], target.name).toBe(value);
    }
    const plan = await planOf(f.handle.db, countyId);
    const tasks = plan.taskGroups.flatMap((g) => g.tasks);
    expect(tasks).toHaveLength(21);
    for (const task of tasks) expect(text).toContain(`${task.number}. ${task.title}。`);
    // The demo's self-check has the office's ratings of the first tasks and the rectification ledger.
    expect(text).toMatch(/自评等次：(完成|基本完成)。/);
    expect(text).toContain('整改台账共登记问题');
    for (const heading of ['一、基本情况', '二、目标完成情况', '三、重点任务完成情况', '四、主要成效和经验做法', '五、存在问题及整改情况', '六、下一步工作打算']) expect(text).toContain(heading);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsxWorkbook(report.workbook));
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      '目标指标',
      '统计口径',
      '重点任务',
      '责任单位',
      '指标年度序列',
      '整改事项',
      '阶段成果',
      // The program ledgers' tables, from the demo's year of each ledger.
      '资金执行分年度',
      '资金执行分用途',
      '会议及决定事项落实情况',
      '宣传活动',
      '标准制定情况',
      '创新平台和服务网点',
      '佐证材料目录',
    ]);
    const targets = workbook.getWorksheet('目标指标')!;
    for (const target of dashboard.targets) {
      const row = targets.getSheetValues().find((r) => Array.isArray(r) && r[2] === target.name) as unknown[] | undefined;
      expect(row, target.name).toBeDefined();
      // Full precision in the workbook: the cell is the engine's number, not the rounded text.
      expect(row![5], target.name).toBe(target.value ?? undefined);
    }
    expect(workbook.getWorksheet('重点任务')!.rowCount).toBe(22);
  });

  it('DOC-06 the report states the ledgers at the data date: the fund’s execution as the budget view gives it, the meetings, publicity, standards and platforms dated by then, each with its attachment', async () => {
    const { report } = await buildSelfEvaluation(ctx, f.handle.db, countyId, { asOf, date: '2026-11-28', version: 1 });
    const text = (await mammoth.extractRawText({ buffer: await wordDocument(report.document, '专班') })).value;
    const funds = (await budgetExecutionView(f.handle.db, countyId, asOf, null)).total!;
    const wan = (fen: number) => figureText(fen / 1e6);
    expect(text).toContain('保障措施和专项工作台账');
    expect(text).toContain(`专项资金：预算合计${wan(funds.budget)}万元，已安排${wan(funds.allocated)}万元，已拨付${wan(funds.spent)}万元，执行率${(Math.round(funds.executionRate! * 1000) / 10).toFixed(1)}%`);
    const count = async (kind: 'meetings' | 'publicity' | 'standards' | 'platforms') => (await ledgerRepository.all(f.handle.db, kind, countyId, { to: asOf })).length;
    expect(text).toContain(`等会议${await count('meetings')}次`);
    expect(text).toContain(`宣传活动和媒体报道${await count('publicity')}次`);
    expect(text).toContain(`制定标准${await count('standards')}项`);
    expect(text).toContain(`服务网点${await count('platforms')}个`);
    for (const attachment of ['专项资金执行情况', '会议及决定事项落实情况', '宣传活动', '标准制定情况', '创新平台和服务网点']) expect(text, attachment).toContain(attachment);
    // The workbook's total row is the budget view's, in 万元 at full precision.
    const byYear = report.workbook.find((t) => t.sheet === '资金执行分年度')!;
    expect(byYear.rows.at(-1)![0]).toBe('合计');
    expect(byYear.values!.at(-1)!.slice(1, 4)).toEqual([funds.budget / 1e6, funds.allocated / 1e6, funds.spent / 1e6]);
    expect(report.figures.find((x) => x.key === 'ledgers:meetings')?.value).toBe(await count('meetings'));
  });

  it('DOC-02 narratives: each save is a version, figures typed beside a target unit are refused, and the report uses the last saved text', async () => {
    const before = await narrativesView(ctx, countyId);
    const achievements = before.sections.find((s) => s.key === 'achievements')!;
    expect(achievements.versions).toEqual([]);
    expect(achievements.text).toBe(achievements.draft);
    // Drafted from the demo's approved reports and self-check, or from the targets' standing.
    expect(achievements.draft.length).toBeGreaterThan(20);

    await expect(saveNarrative({ ctx, countyId, user, section: 'achievements', text: '有效发明专利达到1234件。' })).rejects.toMatchObject({ code: 'typed_figures' });
    await saveNarrative({ ctx, countyId, user, section: 'achievements', text: '建成知识产权公共服务工作站，服务企业覆盖各镇街。' });
    const second = await saveNarrative({ ctx, countyId, user, section: 'achievements', text: '知识产权工作站覆盖全部镇街，形成“专班＋部门＋镇街”的推进机制。' });
    expect(second.version).toBe(2);
    const after = (await narrativesView(ctx, countyId)).sections.find((s) => s.key === 'achievements')!;
    expect(after.versions.map((v) => v.version)).toEqual([2, 1]);

    const { report } = await buildSelfEvaluation(ctx, f.handle.db, countyId, { asOf, date: '2026-11-28', version: 1 });
    const text = (await mammoth.extractRawText({ buffer: await wordDocument(report.document, '专班') })).value;
    expect(text).toContain('形成“专班＋部门＋镇街”的推进机制');
    await expect(saveNarrative({ ctx, countyId, user, section: 'targets', text: 'x' })).rejects.toMatchObject({ code: 'unknown_section' });
  });

  it('DOC-03 regenerating at a later date lists exactly the numbers that changed, with the engine’s values before and after', async () => {
    const earlier = await buildSelfEvaluation(ctx, f.handle.db, countyId, { asOf: '2026-06-30', date: '2026-11-28', version: 1 });
    const later = await buildSelfEvaluation(ctx, f.handle.db, countyId, { asOf, date: '2026-11-28', version: 2 });
    const changes = figureChanges(earlier.report.figures, later.report.figures);
    const [june, october] = [await ctx.indicators!.dashboard(countyId, '2026-06-30'), await ctx.indicators!.dashboard(countyId, asOf)];
    const moved = october.targets.filter((t) => {
      const then = june.targets.find((j) => j.code === t.code)!.value;
      return t.value !== null && then !== null && Math.abs(t.value - then) >= 0.005;
    });
    expect(moved.length).toBeGreaterThan(0);
    for (const t of moved) {
      const change = changes.find((c) => c.key === `target:${t.code}:value`);
      expect(change, t.code).toEqual({ key: `target:${t.code}:value`, label: `${t.name} · 当前值`, before: june.targets.find((j) => j.code === t.code)!.value, after: t.value });
    }
    expect(figureChanges(later.report.figures, later.report.figures)).toEqual([]);
  });

  it('DOC-04 the archive keeps each file with its SHA-256, counts versions per document and shows a town only its own reports', async () => {
    const entry = (over: Partial<ArchiveEntry>): ArchiveEntry => ({
      id: crypto.randomUUID(),
      kind: 'statistical-report',
      title: '月报',
      period: '2026-10',
      unitCode: null,
      regionCode: null,
      asOf,
      generatedAt: '2026-11-28T02:00:00.000Z',
      generatedBy: 'office',
      fontNote: null,
      figures: [{ key: 'a', label: 'a', value: 1 }],
      ...over,
    });
    const file = archiveFile('月报.docx', 'docx', Buffer.from('bytes of a report'));
    const county = entry({});
    const town = entry({ regionCode: 'licheng', unitCode: 'licheng' });
    await documentArchiveRepository.insert(f.handle.db, countyId, county, 1, [], [file]);
    await documentArchiveRepository.insert(f.handle.db, countyId, town, 1, [], [file]);
    expect(file.sha256).toBe(createHash('sha256').update('bytes of a report').digest('hex'));
    expect((await documentArchiveRepository.latest(f.handle.db, countyId, 'statistical-report|2026-10||'))?.version).toBe(1);
    const all = await documentArchiveRepository.list(f.handle.db, countyId, { kind: 'all' }, { kind: 'statistical-report' });
    expect(all.map((d) => d.id).sort()).toEqual([county.id, town.id].sort());
    const theTown = await documentArchiveRepository.list(f.handle.db, countyId, { kind: 'limited', unitCodes: [], regionCodes: ['licheng'], assignedTo: null });
    expect(theTown.map((d) => d.id)).toEqual([town.id]);
    expect(theTown[0]!.files).toEqual([{ name: '月报.docx', mediaType: file.mediaType, size: file.size, sha256: file.sha256 }]);
    expect((await documentArchiveRepository.file(f.handle.db, countyId, town.id, '月报.docx'))!.content.toString()).toBe('bytes of a report');
  });

  it('DOC-05 the StratML export validates against the Part 2 schema and carries each target’s actual value', async () => {
    const plan = await planOf(f.handle.db, countyId);
    const dashboard = await ctx.indicators!.dashboard(countyId, asOf);
    const xml = await stratmlExport(ctx, countyId, plan, dashboard, '2026-11-28');
    const schema = await fs.readFile(fileURLToPath(new URL('./stratml/performance-plan-or-report.xsd', import.meta.url)), 'utf8');
    const result = await validateXML({ xml: [{ fileName: 'report.xml', contents: xml }], schema: [{ fileName: 'stratml.xsd', contents: schema }] });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    const first = dashboard.targets[0]!;
    expect(xml).toContain(`<ActualResult><Description>截至${asOf}</Description><NumberOfUnits>${Math.round(first.value! * 10000) / 10000}</NumberOfUnits>`);
    // A broken file is refused: the schema really checks.
    const broken = await validateXML({ xml: [{ fileName: 'bad.xml', contents: xml.replace('<StrategicPlanCore>', '<StrategicPlanCore><Bogus/>') }], schema: [{ fileName: 'stratml.xsd', contents: schema }] });
    expect(broken.valid).toBe(false);
  });
});
