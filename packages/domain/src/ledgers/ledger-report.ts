import { figureText, percentText } from '../documents/figure-text.js';
import type { DocumentFigure } from '../documents/number-changes.js';
import type { DocumentTable } from '../documents/official-document.js';
import { templateHeader } from '../registers/catalog/field-value.js';
import { ledgerCatalog } from './catalog/ledger-catalog.js';
import type { LedgerKind } from './catalog/ledger-definition.js';
import type { ExecutionRow } from './funds/budget-execution.js';
import { fundPurposeOptions } from './funds/fund.fields.js';

/** A ledger row as its list shows it: the formatted cell of each field, by field key. */
export type LedgerCells = Readonly<Record<string, string>>;

/**
 * What the ledgers hold at the data date, as the self-evaluation report and the acceptance package
 * read them (六 保障措施: 资金保障, 组织领导; 任务二十一 宣传; 任务十二、十四 标准; 任务八、十六 平台与网点).
 */
export interface LedgerReportFacts {
  funds: {
    /** Every line together; null when no budget is recorded. */
    total: ExecutionRow | null;
    byYear: readonly ExecutionRow[];
    /** Keyed by the purpose's code (专利资助 = patent-funding …). */
    byPurpose: readonly ExecutionRow[];
    /** 绩效目标 met, not met, and still without an actual value. */
    targets: { met: number; notMet: number; pending: number };
  };
  meetings: readonly { cells: LedgerCells; decisions: number; done: number }[];
  publicity: readonly { cells: LedgerCells; reach: number | null }[];
  standards: readonly { cells: LedgerCells }[];
  platforms: readonly { cells: LedgerCells }[];
}

export interface LedgerReport {
  /** One paragraph per ledger that holds anything, for the report's body. */
  paragraphs: string[];
  /** Attachments (附件) in order, each a table of the workbook too. */
  attachments: [string, DocumentTable][];
  figures: DocumentFigure[];
}

/** Money is kept in fen (分); reports speak 万元. */
const tenThousand = (fen: number) => fen / 1_000_000;
const rate = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);
const purposeZh = (code: string) => fundPurposeOptions.find((o) => o.value === code)?.zh ?? code;

const executionColumns = (first: string): DocumentTable['columns'] => [
  { title: first, width: 16 },
  { title: '预算（万元）', width: 13, align: 'right' },
  { title: '已安排（万元）', width: 13, align: 'right' },
  { title: '已拨付（万元）', width: 13, align: 'right' },
  { title: '执行率', width: 10, align: 'right' },
  { title: '序时进度', width: 10, align: 'right' },
  { title: '进度', width: 10, align: 'center' },
];
const executionCells = (label: string, row: ExecutionRow) => [
  label,
  figureText(tenThousand(row.budget)),
  figureText(tenThousand(row.allocated)),
  figureText(tenThousand(row.spent)),
  percentText(rate(row.executionRate)),
  percentText(rate(row.expectedRate)),
  row.lagging ? '滞后' : '正常',
];
const executionValues = (row: ExecutionRow) => [null, tenThousand(row.budget), tenThousand(row.allocated), tenThousand(row.spent), rate(row.executionRate), rate(row.expectedRate), null];

/** A ledger's list as a document table: its list columns, headed as its template heads them. */
function listTable(kind: LedgerKind, title: string, rows: readonly { cells: LedgerCells }[], extra: { title: string; width: number; cell: (i: number) => string }[] = []): DocumentTable {
  const definition = ledgerCatalog[kind];
  const fields = definition.listFields.map((key) => definition.fields.find((f) => f.key === key)!);
  return {
    title,
    sheet: title,
    columns: [{ title: '序号', width: 6, align: 'center' }, ...fields.map((f) => ({ title: templateHeader(f), width: f.key === definition.titleField ? 30 : 14 })), ...extra.map((e) => ({ title: e.title, width: e.width }))],
    rows: rows.map((r, i) => [String(i + 1), ...fields.map((f) => r.cells[f.key] ?? ''), ...extra.map((e) => e.cell(i))]),
  };
}

/**
 * The ledgers' part of the 自评报告: a paragraph each for the funds, the meetings and decisions, the
 * publicity, the standards and the platforms, and their tables as attachments. Every figure goes
 * to `figures`, so the next version lists what changed.
 */
export function ledgerReport(f: LedgerReportFacts): LedgerReport {
  const paragraphs: string[] = [];
  const attachments: [string, DocumentTable][] = [];
  const figures: DocumentFigure[] = [];
  const figure = (key: string, label: string, value: number | null) => figures.push({ key, label, value });

  const total = f.funds.total;
  if (total) {
    const lagging = f.funds.byYear.filter((r) => r.lagging).map((r) => `${r.key}年`);
    const targets = f.funds.targets;
    paragraphs.push(
      `专项资金：预算合计${figureText(tenThousand(total.budget))}万元，已安排${figureText(tenThousand(total.allocated))}万元，已拨付${figureText(tenThousand(total.spent))}万元，` +
        `执行率${percentText(rate(total.executionRate))}（序时进度${percentText(rate(total.expectedRate))}）${lagging.length ? `，其中${lagging.join('、')}支出进度滞后` : ''}。` +
        `绩效目标${targets.met + targets.notMet + targets.pending}项，已实现${targets.met}项、未实现${targets.notMet}项、尚无实际值${targets.pending}项。分年度和分用途执行情况见附件。`,
    );
    figure('ledgers:funds:budget', '专项资金 · 预算（万元）', tenThousand(total.budget));
    figure('ledgers:funds:allocated', '专项资金 · 已安排（万元）', tenThousand(total.allocated));
    figure('ledgers:funds:spent', '专项资金 · 已拨付（万元）', tenThousand(total.spent));
    figure('ledgers:funds:execution', '专项资金 · 执行率', rate(total.executionRate));
    const byYear = [...f.funds.byYear].sort((a, b) => a.key.localeCompare(b.key));
    const byPurpose = [...f.funds.byPurpose].sort((a, b) => b.budget - a.budget);
    attachments.push([
      '专项资金执行情况',
      {
        title: '专项资金执行情况（分年度）',
        sheet: '资金执行分年度',
        columns: executionColumns('年度'),
        rows: [...byYear.map((r) => executionCells(`${r.key}年`, r)), executionCells('合计', total)],
        values: [...byYear.map(executionValues), executionValues(total)],
      },
    ]);
    attachments.push([
      '专项资金执行情况（分用途）',
      { title: '专项资金执行情况（分用途）', sheet: '资金执行分用途', columns: executionColumns('用途'), rows: byPurpose.map((r) => executionCells(purposeZh(r.key), r)), values: byPurpose.map(executionValues) },
    ]);
  }

  if (f.meetings.length) {
    const decisions = f.meetings.reduce((n, m) => n + m.decisions, 0);
    const done = f.meetings.reduce((n, m) => n + m.done, 0);
    paragraphs.push(`组织领导：召开领导小组会议、推进会、联席会议等会议${f.meetings.length}次，形成决定事项${decisions}项，已落实${done}项。`);
    figure('ledgers:meetings', '会议 · 次数', f.meetings.length);
    figure('ledgers:decisions:done', '会议决定事项 · 已落实', done);
    attachments.push(['会议及决定事项落实情况', listTable('meetings', '会议及决定事项落实情况', f.meetings, [{ title: '决定事项落实', width: 12, cell: (i) => `${f.meetings[i]!.done}/${f.meetings[i]!.decisions}` }])]);
  }
  if (f.publicity.length) {
    const reach = f.publicity.reduce((n, p) => n + (p.reach ?? 0), 0);
    paragraphs.push(`宣传普及：开展宣传活动和媒体报道${f.publicity.length}次，覆盖${reach}人次。`);
    figure('ledgers:publicity', '宣传活动 · 次数', f.publicity.length);
    figure('ledgers:publicity:reach', '宣传活动 · 覆盖人次', reach);
    attachments.push(['宣传活动', listTable('publicity', '宣传活动', f.publicity)]);
  }
  if (f.standards.length) {
    paragraphs.push(`标准化：县内企业和机构主导或参与制定标准${f.standards.length}项。`);
    figure('ledgers:standards', '标准 · 项数', f.standards.length);
    attachments.push(['标准制定情况', listTable('standards', '标准制定情况', f.standards)]);
  }
  if (f.platforms.length) {
    paragraphs.push(`平台与网点：建有创新平台、知识产权工作站和服务网点${f.platforms.length}个。`);
    figure('ledgers:platforms', '平台与网点 · 个数', f.platforms.length);
    attachments.push(['创新平台和服务网点', listTable('platforms', '创新平台和服务网点', f.platforms)]);
  }
  return { paragraphs, attachments, figures };
}
