import type { ForecastStatus } from '../forecast/forecast-target.js';

/**
 * The sections of a 自评报告 (工作总结) in the order the province reads them. Four are narratives the
 * office writes; two (目标完成情况, 重点任务完成情况) are tables and lines built from the data, which
 * the office cannot edit — a number is never typed twice.
 */
export const selfEvaluationSections = [
  { key: 'overview', title: '基本情况', narrative: true },
  { key: 'targets', title: '目标完成情况', narrative: false },
  { key: 'tasks', title: '重点任务完成情况', narrative: false },
  { key: 'achievements', title: '主要成效和经验做法', narrative: true },
  { key: 'problems', title: '存在问题及整改情况', narrative: true },
  { key: 'next-steps', title: '下一步工作打算', narrative: true },
] as const;

export type SelfEvaluationSectionKey = (typeof selfEvaluationSections)[number]['key'];
export type NarrativeSectionKey = Extract<(typeof selfEvaluationSections)[number], { narrative: true }>['key'];
export const narrativeSectionKeys = selfEvaluationSections.filter((s) => s.narrative).map((s) => s.key) as NarrativeSectionKey[];

export function isNarrativeSection(key: string): key is NarrativeSectionKey {
  return (narrativeSectionKeys as string[]).includes(key);
}

/** What an approved progress report (or a self-check) said, for drafting the narratives. */
export interface NarrativeSource {
  unitName: string;
  taskNumber: number;
  taskTitle: string;
  progress: string;
  problems: string;
  nextSteps: string;
}

/**
 * A number written as digits in a narrative would be typed a second time: the draft and the saved
 * text may not carry figures beside the units the targets count in. This finds them, so the editor
 * can refuse "有效发明专利达到1234件" and ask for the table to say it.
 */
export function typedFigures(text: string, units: readonly string[]): string[] {
  const escaped = [...new Set(units.filter((u) => u && u !== '%'))].map((u) => u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const unitPattern = escaped.length ? `(?:%|％|${escaped.join('|')})` : '(?:%|％)';
  const pattern = new RegExp(`\\d[\\d,，.]*\\s*${unitPattern}`, 'g');
  return text.match(pattern) ?? [];
}

const firstSentences = (text: string, max: number) => {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max);
  const end = Math.max(cut.lastIndexOf('。'), cut.lastIndexOf('；'));
  return end > max / 3 ? cut.slice(0, end + 1) : `${cut}……`;
};

/**
 * The first draft of a narrative section from what units wrote in their approved reports: 主要成效
 * from their progress, 存在问题 from their problems, 下一步 from their next steps, one paragraph per
 * task in the plan's order. 基本情况 is not drafted from reports (it describes the plan and the
 * county, which `overviewDraft` writes). Empty when no report says anything.
 */
export function draftNarrative(key: Exclude<NarrativeSectionKey, 'overview'>, sources: readonly NarrativeSource[]): string {
  const field = key === 'achievements' ? 'progress' : key === 'problems' ? 'problems' : 'nextSteps';
  const byTask = new Map<number, { title: string; lines: string[] }>();
  for (const s of [...sources].sort((a, b) => a.taskNumber - b.taskNumber)) {
    const text = s[field].trim();
    if (!text) continue;
    const entry = byTask.get(s.taskNumber) ?? { title: s.taskTitle, lines: [] };
    byTask.set(s.taskNumber, entry);
    entry.lines.push(`${s.unitName}：${firstSentences(text, 160)}`);
  }
  const closed = (line: string) => (/[。！？；]$/.test(line) ? line : `${line}。`);
  return [...byTask.values()].map((t) => closed(`围绕“${t.title}”，${t.lines.join('；')}`)).join('\n');
}

export interface OverviewFacts {
  county: string;
  planTitle: string;
  planNumber: string;
  startYear: number;
  endYear: number;
  targetCount: number;
  taskCount: number;
  unitCount: number;
}

/** 基本情况's first draft: the plan, its period, and what it commits the county to — no figures from the registers. */
export function overviewDraft(f: OverviewFacts): string {
  return (
    `${f.county}以国家知识产权强县建设试点为抓手，印发《${f.planTitle}》（${f.planNumber}），明确${f.startYear}—${f.endYear}年的总体目标、` +
    `${f.targetCount}项量化指标和${f.taskCount}项重点任务，分解落实到${f.unitCount}个责任单位，建立工作专班统筹、部门协同、镇街联动的推进机制。`
  );
}

/** A target as the drafts name it: no figure, only its name and where its forecast stands. */
export interface TargetStanding {
  name: string;
  status: ForecastStatus;
}

/**
 * The draft from the targets' standing, for a section no approved report speaks to: 主要成效 names
 * the targets already met, 存在问题 and 下一步 those at risk or off track. Names only — the figures
 * stay in the table of 目标完成情况.
 */
export function standingDraft(key: Exclude<NarrativeSectionKey, 'overview'>, targets: readonly TargetStanding[]): string {
  const names = (statuses: TargetStanding['status'][]) => targets.filter((t) => statuses.includes(t.status)).map((t) => `“${t.name}”`);
  if (key === 'achievements') {
    const met = names(['achieved']);
    const onTrack = names(['on-track']);
    return [met.length ? `${met.join('、')}等${met.length}项指标已提前实现方案目标。` : '', onTrack.length ? `${onTrack.join('、')}等${onTrack.length}项指标按当前进度预计可如期完成。` : '']
      .filter(Boolean)
      .join('');
  }
  const behind = names(['at-risk', 'off-track', 'not-met']);
  if (!behind.length) return key === 'problems' ? '各项量化指标均已实现或预计可如期完成。' : '';
  return key === 'problems'
    ? `${behind.join('、')}等${behind.length}项指标按当前进度完成目标存在风险。`
    : `聚焦${behind.join('、')}等进度滞后的指标，压实牵头单位责任，按月跟踪、按季督办，确保试点目标如期完成。`;
}
