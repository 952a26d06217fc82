import { chineseDate } from './chinese-date.js';
import { figureText } from './figure-text.js';
import type { DocumentFigure } from './number-changes.js';
import type { DocumentBlock, OfficialDocument } from './official-document.js';

/**
 * 评估报告 of one expert evaluation (模拟验收, 中期评估, 省级验收): the panel, each item's scores
 * (mean, trimmed mean, spread), the questions put to the county and its answers, the experts'
 * findings, the result and conclusion, and the 专家组意见 as the lead expert signed it.
 */
export interface EvaluationReportFacts {
  county: string;
  title: string;
  /** 模拟验收 … */
  kindName: string;
  heldOn: string;
  scope: string;
  date: string;
  number: string;
  issuer: string;
  panel: { name: string; organisation: string; title: string; field: string; isLead: boolean }[];
  items: { code: string; title: string; weight: number; count: number; mean: number | null; trimmedMean: number | null; result: number | null; range: number | null }[];
  total: number | null;
  fullMarks: number;
  questions: { expert: string; item: string | null; question: string; answer: string | null }[];
  findings: { expert: string; item: string | null; text: string }[];
  /** 通过 / 限期整改后通过 / 不通过, or null before sign-off. */
  conclusion: string | null;
  opinion: string | null;
  signedAt: string | null;
}

export function evaluationReport(f: EvaluationReportFacts): { document: OfficialDocument; figures: DocumentFigure[] } {
  const figures: DocumentFigure[] = [
    ...f.items.map((i) => ({ key: `item:${i.code}:result`, label: `${i.title} · 得分`, value: i.result })),
    { key: 'total', label: '总分', value: f.total },
  ];
  const itemTitle = (code: string | null) => (code ? (f.items.find((i) => i.code === code)?.title ?? code) : '综合');
  const blocks: DocumentBlock[] = [
    { kind: 'heading', level: 1, text: '一、评估概况' },
    {
      kind: 'paragraph',
      text: `${chineseDate(f.heldOn)}，评估专家组对${f.county}国家知识产权强县建设试点工作进行${f.kindName}。评估范围：${f.scope || '工作方案确定的全部目标任务'}。专家组由${f.panel.length}名专家组成，按评价指标体系逐项独立评分，并就有关问题进行质询。`,
    },
    {
      kind: 'table',
      table: {
        title: '表1 评估专家组',
        sheet: '专家组',
        columns: [
          { title: '姓名', width: 14 },
          { title: '单位', width: 36 },
          { title: '职称', width: 16 },
          { title: '专业领域', width: 22 },
          { title: '分工', width: 12, align: 'center' },
        ],
        rows: f.panel.map((p) => [p.name, p.organisation, p.title, p.field, p.isLead ? '组长' : '成员']),
      },
    },
    { kind: 'heading', level: 1, text: '二、评分结果' },
    {
      kind: 'paragraph',
      text:
        f.total === null
          ? '尚有评价指标未获评分，总分待全部评分完成后确定。'
          : `按评价指标体系（满分${figureText(f.fullMarks)}分），专家组评分合计${figureText(f.total)}分。各项得分取去掉最高分和最低分后的平均值（评分不足时取平均值），并列出极差以反映专家意见的分散程度。`,
    },
    {
      kind: 'table',
      table: {
        title: '表2 分项评分',
        sheet: '分项评分',
        columns: [
          { title: '评价指标', width: 36 },
          { title: '满分', width: 8, align: 'right' },
          { title: '评分人数', width: 10, align: 'right' },
          { title: '平均分', width: 11, align: 'right' },
          { title: '去极值平均', width: 12, align: 'right' },
          { title: '极差', width: 9, align: 'right' },
          { title: '得分', width: 10, align: 'right' },
        ],
        rows: [
          ...f.items.map((i) => [i.title, figureText(i.weight), String(i.count), figureText(i.mean), figureText(i.trimmedMean), figureText(i.range), figureText(i.result)]),
          ['合计', figureText(f.fullMarks), '', '', '', '', figureText(f.total)],
        ],
        values: [...f.items.map((i) => [null, i.weight, i.count, i.mean, i.trimmedMean, i.range, i.result]), [null, f.fullMarks, null, null, null, null, f.total]],
      },
    },
    { kind: 'heading', level: 1, text: '三、质询与答复' },
    ...(f.questions.length
      ? f.questions.flatMap((q, n): DocumentBlock[] => [
          { kind: 'paragraph', text: `${n + 1}. ${q.expert}（${itemTitle(q.item)}）：${q.question}` },
          { kind: 'paragraph', text: `答复：${q.answer ?? '尚未答复。'}` },
        ])
      : [{ kind: 'paragraph', text: '专家组未提出质询。' } as DocumentBlock]),
    { kind: 'heading', level: 1, text: '四、主要发现' },
    ...(f.findings.length ? f.findings.map((x, n): DocumentBlock => ({ kind: 'paragraph', text: `${n + 1}. ${x.text}（${itemTitle(x.item)}，${x.expert}）` })) : [{ kind: 'paragraph', text: '专家组未记录问题。' } as DocumentBlock]),
    { kind: 'heading', level: 1, text: '五、评估结论' },
    { kind: 'paragraph', text: f.conclusion ? `评估结论：${f.conclusion}。` : '专家组尚未签署评估结论。' },
    { kind: 'heading', level: 1, text: '六、专家组意见' },
    { kind: 'paragraph', text: f.opinion ?? '专家组意见尚未签署。' },
    ...(f.signedAt ? [{ kind: 'paragraph', text: `专家组组长签署日期：${chineseDate(f.signedAt)}` } as DocumentBlock] : []),
  ];
  return {
    document: { title: `${f.county}国家知识产权强县建设试点${f.title}评估报告`, number: f.number, issuer: f.issuer, date: f.date, dataNote: `（${f.kindName}，${chineseDate(f.heldOn)}）`, blocks },
    figures,
  };
}
