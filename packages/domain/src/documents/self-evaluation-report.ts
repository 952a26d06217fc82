import type { TargetSummary } from '../api-contracts/indicators.contract.js';
import type { LedgerReport } from '../ledgers/ledger-report.js';
import type { Plan } from '../plan/plan.schema.js';
import { chineseDate, chineseOrdinal } from './chinese-date.js';
import type { EvidenceEntry } from './evidence-index.js';
import { figureText, percentText } from './figure-text.js';
import type { DocumentFigure } from './number-changes.js';
import type { DocumentBlock, DocumentTable, OfficialDocument } from './official-document.js';
import { selfEvaluationSections, type NarrativeSectionKey } from './self-evaluation-sections.js';

/**
 * 自评报告 (工作总结) assembled from the data at a date: the six sections in order (the narratives as
 * the office saved them, the targets and tasks from the data, the program ledgers after the tasks),
 * then the 附件 — the indicators year by year, the phase deliverables, the ledgers' tables and the
 * 佐证材料目录. Every figure is printed by `figureText` and
 * kept in `figures`, so the next version can list what changed.
 */
export const comparisonZh: Record<TargetSummary['comparison'], string> = { reach: '达到', 'at-least': '不低于', exceed: '超过', strive: '力争' };

const statusZh: Record<TargetSummary['status'], string> = {
  achieved: '已实现',
  'on-track': '预计可完成',
  'at-risk': '有风险',
  'off-track': '预计难以完成',
  'not-met': '未实现',
  'insufficient-data': '数据不足',
};

export interface TargetFacts {
  summary: TargetSummary;
  baseline: { value: number; year: number } | null;
  /** 统计口径 in words. */
  rule: string;
  /** The value at each year's end (the data date for the year still running). */
  years: { year: number; value: number | null }[];
}

export interface TaskFacts {
  number: number;
  title: string;
  groupTitle: string;
  /** Unit names, the lead first. */
  units: string[];
  /** 自评等次 as confirmed (完成 / 基本完成 / 未完成), or null before the self-check. */
  rating: string | null;
  /** What the task achieved, from the self-check summary or the approved reports. */
  summary: string;
}

export interface RectificationFacts {
  number: string;
  problem: string;
  unit: string;
  measures: string;
  deadline: string;
  /** 整改中 / 已整改 … */
  state: string;
}

export interface DeliverableFacts {
  phase: string;
  title: string;
  dueOn: string;
  doneOn: string | null;
  /** 已完成 / 逾期 / 临期 / 未完成 */
  status: string;
}

export interface UnitDuties {
  name: string;
  kind: string;
  leads: number[];
  cooperates: number[];
}

export interface SelfEvaluationFacts {
  plan: Plan;
  asOf: string;
  /** 成文日期 (today). */
  date: string;
  number: string;
  issuer: string;
  targets: TargetFacts[];
  tasks: TaskFacts[];
  narratives: Record<NarrativeSectionKey, string>;
  /** null when the county keeps no rectification ledger yet. */
  rectifications: RectificationFacts[] | null;
  deliverables: DeliverableFacts[];
  evidence: EvidenceEntry[];
  units: UnitDuties[];
  /** The program ledgers' paragraphs and tables (funds, meetings, publicity, standards, platforms); absent: none. */
  ledgers?: LedgerReport;
}

export interface SelfEvaluationReport {
  document: OfficialDocument;
  /** The workbook: every table of the document, and the units table it does not print. */
  workbook: DocumentTable[];
  figures: DocumentFigure[];
}

const paragraphs = (text: string): DocumentBlock[] =>
  text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t) => ({ kind: 'paragraph', text: t }));

const withUnit = (value: number | null, unit: string) => (value === null ? '—' : unit === '%' ? `${figureText(value)}%` : figureText(value));

export function selfEvaluationReport(f: SelfEvaluationFacts): SelfEvaluationReport {
  const figures: DocumentFigure[] = [];
  const figure = (key: string, label: string, value: number | null) => figures.push({ key, label, value });
  const title = (key: string) => selfEvaluationSections.find((s) => s.key === key)!.title;
  const heading = (n: number, key: string): DocumentBlock => ({ kind: 'heading', level: 1, text: `${chineseOrdinal(n)}、${title(key)}` });
  const date = chineseDate(f.asOf);

  // 二、目标完成情况
  const counts = new Map<string, number>();
  for (const t of f.targets) counts.set(t.summary.status, (counts.get(t.summary.status) ?? 0) + 1);
  const statusLine = (['achieved', 'on-track', 'at-risk', 'off-track', 'not-met', 'insufficient-data'] as const)
    .filter((s) => counts.get(s))
    .map((s) => `${statusZh[s]}${counts.get(s)}项`)
    .join('，');
  const targetsTable: DocumentTable = {
    title: `表1 量化指标完成情况（数据截至${date}）`,
    sheet: '目标指标',
    columns: [
      { title: '序号', width: 6, align: 'center' },
      { title: '指标', width: 24 },
      { title: '单位', width: 6.5, align: 'center' },
      { title: '基期值', width: 10, align: 'right' },
      { title: '当前值', width: 11, align: 'right' },
      { title: '目标值', width: 13.5, align: 'right' },
      { title: '完成率', width: 10, align: 'right' },
      { title: '官方发布值', width: 10, align: 'right' },
      { title: '状态', width: 9, align: 'center' },
    ],
    rows: f.targets.map((t, i) => {
      const s = t.summary;
      return [
        String(i + 1),
        s.name,
        s.unit,
        t.baseline ? `${figureText(t.baseline.value)}（${t.baseline.year}）` : '—',
        withUnit(s.value, s.unit),
        `${comparisonZh[s.comparison]}${withUnit(s.target, s.unit)}`,
        percentText(s.attainedPercent),
        s.official ? withUnit(s.official.official.value, s.unit) : '—',
        statusZh[s.status],
      ];
    }),
    values: f.targets.map((t, i) => [i + 1, null, null, t.baseline?.value ?? null, t.summary.value, t.summary.target, t.summary.attainedPercent, t.summary.official?.official.value ?? null, null]),
    note: '当前值由平台按统计口径从台账计算；官方发布值为主管部门公布的数值，二者并列以便对账。完成率为当前值与适用目标值之比。',
  };
  for (const t of f.targets) {
    const s = t.summary;
    figure(`target:${s.code}:value`, `${s.name} · 当前值`, s.value);
    figure(`target:${s.code}:attained`, `${s.name} · 完成率`, s.attainedPercent);
    if (s.official) figure(`target:${s.code}:official`, `${s.name} · 官方发布值`, s.official.official.value);
  }
  const rulesTable: DocumentTable = {
    title: '表2 指标统计口径',
    sheet: '统计口径',
    columns: [
      { title: '指标', width: 26 },
      { title: '统计口径', width: 74 },
    ],
    rows: f.targets.map((t) => [t.summary.name, t.rule]),
  };

  // 三、重点任务完成情况
  const evidenceOf = (task: number) => f.evidence.filter((e) => e.taskNumber === task).map((e) => e.number);
  const taskBlocks: DocumentBlock[] = [];
  let group = '';
  let groupNumber = 0;
  for (const t of f.tasks) {
    if (t.groupTitle !== group) {
      group = t.groupTitle;
      taskBlocks.push({ kind: 'heading', level: 2, text: `（${chineseOrdinal(++groupNumber)}）${group}` });
    }
    const evidence = evidenceOf(t.number);
    taskBlocks.push({
      kind: 'paragraph',
      text:
        `${t.number}. ${t.title}。责任单位：${t.units.join('、') || '—'}。自评等次：${t.rating ?? '尚未自评'}。` +
        `${t.summary ? `${t.summary}${/[。！？]$/.test(t.summary) ? '' : '。'}` : '报告期内暂无经审核的进展报告。'}` +
        `佐证材料：${evidence.length ? evidence.join('、') : '无'}。`,
    });
  }
  // The ledgers' account of the safeguards and the tasks' outputs (资金、会议、宣传、标准、平台), after the tasks.
  const ledgers = f.ledgers ?? { paragraphs: [], attachments: [], figures: [] };
  if (ledgers.paragraphs.length) {
    taskBlocks.push({ kind: 'heading', level: 2, text: `（${chineseOrdinal(++groupNumber)}）保障措施和专项工作台账` });
    for (const text of ledgers.paragraphs) taskBlocks.push({ kind: 'paragraph', text });
  }
  figures.push(...ledgers.figures);
  const tasksTable: DocumentTable = {
    title: '重点任务完成情况',
    sheet: '重点任务',
    columns: [
      { title: '序号', width: 5 },
      { title: '任务组', width: 14 },
      { title: '任务', width: 18 },
      { title: '责任单位', width: 24 },
      { title: '自评等次', width: 8 },
      { title: '完成情况', width: 40 },
      { title: '佐证材料', width: 10 },
    ],
    rows: f.tasks.map((t) => [String(t.number), t.groupTitle, t.title, t.units.join('、'), t.rating ?? '尚未自评', t.summary, evidenceOf(t.number).join('、')]),
    values: f.tasks.map((t) => [t.number, null, null, null, null, null, null]),
  };

  // 五、存在问题及整改情况
  const rectificationTable: DocumentTable = {
    title: '表3 问题整改台账',
    sheet: '整改事项',
    columns: [
      { title: '编号', width: 12 },
      { title: '问题', width: 28 },
      { title: '责任单位', width: 14 },
      { title: '整改措施', width: 26 },
      { title: '整改时限', width: 11, align: 'center' },
      { title: '状态', width: 9, align: 'center' },
    ],
    rows: (f.rectifications ?? []).map((r) => [r.number, r.problem, r.unit, r.measures, r.deadline, r.state]),
  };
  const problemsLine =
    f.rectifications === null
      ? []
      : f.rectifications.length
        ? [`整改台账共登记问题${f.rectifications.length}个，其中已整改${f.rectifications.filter((r) => r.state === '已整改').length}个，整改情况见表3。`]
        : ['整改台账中暂无登记的问题。'];
  figure('rectifications:total', '整改事项 · 总数', f.rectifications?.length ?? null);

  // 附件
  const years = [...new Set(f.targets.flatMap((t) => t.years.map((y) => y.year)))].sort();
  const seriesTable: DocumentTable = {
    title: `指标年度数据（各年末值，${years[years.length - 1] ?? ''}年为截至${date}）`,
    sheet: '指标年度序列',
    columns: [{ title: '指标', width: 30 }, { title: '单位', width: 7, align: 'center' }, ...years.map((y) => ({ title: String(y), width: 12, align: 'right' as const }))],
    rows: f.targets.map((t) => [t.summary.name, t.summary.unit, ...years.map((y) => figureText(t.years.find((v) => v.year === y)?.value ?? null))]),
    values: f.targets.map((t) => [null, null, ...years.map((y) => t.years.find((v) => v.year === y)?.value ?? null)]),
  };
  for (const t of f.targets) for (const y of t.years) figure(`target:${t.summary.code}:${y.year}`, `${t.summary.name} · ${y.year}年`, y.value);
  const deliverablesTable: DocumentTable = {
    title: '阶段工作成果',
    sheet: '阶段成果',
    columns: [
      { title: '阶段', width: 14 },
      { title: '工作成果', width: 46 },
      { title: '完成时限', width: 14, align: 'center' },
      { title: '完成日期', width: 14, align: 'center' },
      { title: '状态', width: 10, align: 'center' },
    ],
    rows: f.deliverables.map((d) => [d.phase, d.title, d.dueOn, d.doneOn ?? '—', d.status]),
  };
  const evidenceTable: DocumentTable = {
    title: '佐证材料目录',
    sheet: '佐证材料目录',
    columns: [
      { title: '编号', width: 8, align: 'center' },
      { title: '任务', width: 20 },
      { title: '报送单位', width: 16 },
      { title: '报送批次', width: 16 },
      { title: '文件', width: 40 },
    ],
    rows: f.evidence.map((e) => [e.number, `${e.taskNumber}. ${e.taskTitle}`, e.unitName, e.round, e.link ? `${e.fileName}（链接：${e.link}）` : e.inApp ? `${e.fileName}（平台内：${e.inApp}）` : e.path]),
  };
  const attachments: [string, DocumentTable][] = [
    ['指标年度数据', seriesTable],
    ['阶段工作成果', deliverablesTable],
    ...ledgers.attachments,
    ['佐证材料目录', evidenceTable],
  ];

  const blocks: DocumentBlock[] = [
    heading(1, 'overview'),
    ...paragraphs(f.narratives.overview),
    heading(2, 'targets'),
    {
      kind: 'paragraph',
      text: `截至${date}，方案确定的${f.targets.length}项量化指标中，${statusLine || '暂无可判断的指标'}。各项指标的基期值、当前值、目标值、完成率及官方发布值见表1，统计口径见表2。`,
    },
    { kind: 'table', table: targetsTable },
    { kind: 'table', table: rulesTable },
    heading(3, 'tasks'),
    { kind: 'paragraph', text: `方案部署的${f.tasks.length}项重点任务推进情况如下。` },
    ...taskBlocks,
    heading(4, 'achievements'),
    ...paragraphs(f.narratives.achievements),
    heading(5, 'problems'),
    ...paragraphs(f.narratives.problems),
    ...problemsLine.map((text): DocumentBlock => ({ kind: 'paragraph', text })),
    ...(rectificationTable.rows.length ? [{ kind: 'table', table: rectificationTable } as DocumentBlock] : []),
    heading(6, 'next-steps'),
    ...paragraphs(f.narratives['next-steps']),
    { kind: 'paragraph', text: '' },
    ...attachments.map(([name], i): DocumentBlock => ({ kind: 'paragraph', text: `${i === 0 ? '附件：' : '　　　'}${i + 1}. ${name}` })),
    ...attachments.flatMap(([name, table], i): DocumentBlock[] => [
      { kind: 'page-break' },
      { kind: 'heading', level: 1, text: `附件${i + 1}` },
      ...(table.rows.length ? [{ kind: 'table', table: { ...table, title: name } } as DocumentBlock] : [{ kind: 'paragraph', text: `${name}：暂无。` } as DocumentBlock]),
    ]),
  ];

  const unitsTable: DocumentTable = {
    title: '责任单位',
    sheet: '责任单位',
    columns: [
      { title: '单位', width: 24 },
      { title: '类别', width: 12 },
      { title: '牵头任务', width: 30 },
      { title: '配合任务', width: 30 },
    ],
    rows: f.units.map((u) => [u.name, u.kind, u.leads.join('、'), u.cooperates.join('、')]),
  };

  return {
    document: {
      title: `${f.plan.county.name}国家知识产权强县建设试点工作自评报告`,
      number: f.number,
      issuer: f.issuer,
      date: f.date,
      dataNote: `（数据截至${date}）`,
      blocks,
    },
    workbook: [targetsTable, rulesTable, tasksTable, unitsTable, seriesTable, rectificationTable, deliverablesTable, ...ledgers.attachments.map(([, table]) => table), evidenceTable],
    figures,
  };
}
