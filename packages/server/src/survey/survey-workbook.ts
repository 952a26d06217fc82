import type { SurveyResults } from '@ipcounty/domain';
import type { SheetData, TableRecord } from '../files/table-writer.js';
import { answersOf, questionnairesOf } from './survey-results.js';
import type { Executor } from '../database/transactions.js';
import { surveyRepository, type StoredSurvey } from './survey.repository.js';

const round = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

/**
 * 满意度调查导出: the result (overall, groups, dimensions, by town, industry and channel), the
 * method and weights on their own sheet, and every counted answer.
 */
export async function surveyWorkbook(db: Executor, survey: StoredSurvey, results: SurveyResults): Promise<SheetData[]> {
  const { result, method } = results;
  const questionnaires = await questionnairesOf(db, survey);
  const current = questionnaires.get(survey.current_version)!;
  const responses = await surveyRepository.responses(db, survey.county_id, survey.survey_id, ['counted']);
  const groupName = new Map(current.groups.map((g) => [g.key, g.name]));
  const resultRows: TableRecord[] = [
    { item: '总得分（百分制）', responses: result.respondents, target: result.groups.reduce((a, g) => a + g.targetSample, 0), score: round(result.overall) },
    ...(result.interval ? [{ item: `${Math.round(result.interval.level * 100)}% 自助法区间`, responses: null, target: null, score: `${round(result.interval.lower)} – ${round(result.interval.upper)}` }] : []),
    ...result.groups.map((g) => ({ item: `对象：${g.name}（权重 ${g.weight}）`, responses: g.respondents, target: g.targetSample, score: round(g.score) })),
    ...result.dimensions.map((d) => ({ item: `指标：${d.parent === null ? '' : '　'}${d.name}`, responses: null, target: null, score: round(d.score) })),
    ...results.byTown.map((t) => ({ item: `乡镇：${t.name}`, responses: t.responses, target: null, score: round(t.score) })),
    ...results.byIndustry.map((t) => ({ item: `行业：${t.name}`, responses: t.responses, target: null, score: round(t.score) })),
    ...results.byChannel.map((t) => ({ item: `渠道：${t.name}`, responses: t.responses, target: null, score: round(t.score) })),
  ];
  const methodRows: TableRecord[] = [
    { part: '调查', name: survey.title, weight: null, note: `${survey.year} 年度；${survey.opens_on} 至 ${survey.closes_on}；问卷第 ${method.version} 版${results.frozenAt ? `；结果固化于 ${results.frozenAt}` : '；结果未固化（调查进行中）'}` },
    { part: '计分', name: '量表换算', weight: null, note: method.likert },
    { part: '计分', name: '汇总', weight: null, note: '每份答卷沿指标树逐级加权平均（未作答的指标不计入，权重按已答指标重新归一）；各类对象得分为其答卷得分的平均；总得分为各类对象得分按对象权重的加权平均。' },
    { part: '区间', name: '自助法区间', weight: null, note: method.interval },
    ...method.groupWeights.map((g) => ({ part: '对象权重', name: g.name, weight: g.weight, note: g.key })),
    ...method.dimensionWeights.map((d) => ({ part: d.parent === null ? '一级指标权重' : '二级指标权重', name: d.name, weight: d.weight, note: d.parent ?? '' })),
    ...method.settingsUnconfirmed.map((s) => ({ part: '未经官方确认', name: s, weight: null, note: '平台默认，可在问卷中调整' })),
  ];
  const questions = current.questions;
  const answerRows = responses.map((r): TableRecord => {
    const answers = answersOf(r);
    const cells: Record<string, string | number | null> = { id: r.response_id, submittedAt: r.submitted_at, group: r.group_key === null ? null : (groupName.get(r.group_key) ?? r.group_key), version: r.version };
    for (const q of questions) {
      const a = answers[q.key];
      cells[q.key] = a === undefined ? null : Array.isArray(a) ? a.join('、') : (a as string | number);
    }
    return cells;
  });
  return [
    { name: '结果', columns: [{ header: '项目', key: 'item', width: 40 }, { header: '有效答卷', key: 'responses' }, { header: '目标样本', key: 'target' }, { header: '得分', key: 'score' }], rows: resultRows },
    { name: '方法与权重', columns: [{ header: '类别', key: 'part', width: 14 }, { header: '名称', key: 'name', width: 30 }, { header: '权重', key: 'weight' }, { header: '说明', key: 'note', width: 80 }], rows: methodRows },
    {
      name: '答卷',
      columns: [{ header: '编号', key: 'id', width: 38 }, { header: '提交时间', key: 'submittedAt', width: 24 }, { header: '对象', key: 'group' }, { header: '问卷版本', key: 'version' }, ...questions.map((q) => ({ header: q.text.slice(0, 60), key: q.key, width: 16 }))],
      rows: answerRows,
    },
  ];
}
