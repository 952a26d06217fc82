import { chineseDate, type EscalationLevel, type PaceAssessment, type PaceBasis, type Reminder } from '@ipcounty/domain';

/** 提醒 / 催办 / 督办: the word each rung is known by. */
export const levelName: Record<EscalationLevel, string> = { reminder: '提醒', urge: '催办', supervise: '督办' };
const levelNameEn: Record<EscalationLevel, string> = { reminder: 'Reminder', urge: 'Urgent reminder', supervise: 'Supervision notice' };
const kindName: Record<Reminder['kind'], string> = { 'work-item': '工作事项', report: '进展报告', indicator: '目标指标', rectification: '整改事项', notice: '督办单答复' };
const kindNameEn: Record<Reminder['kind'], string> = { 'work-item': 'Work item', report: 'Progress report', indicator: 'Target', rectification: 'Rectification item', notice: 'Answer to supervision notice' };
/** 统计预测 / 报送趋势: the source a pace warning was judged on, as the warning states it. */
export const basisName: Record<PaceBasis, string> = { statistics: '统计预测', reported: '报送趋势' };
const basisNameEn: Record<PaceBasis, string> = { statistics: 'statistics forecast', reported: 'trend of reported figures' };

type Situation = Pick<Reminder, 'kind' | 'light' | 'deadline' | 'milestone' | 'daysLeft' | 'daysOverdue' | 'overdueRounds' | 'pace'>;

const num = (n: number) => String(Math.round(n * 100) / 100);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** 统计预测：到2026年12月31日预计达到 360，目标 500，今后每月需完成 21.67 人次 */
function paceFiguresZh(pace: PaceAssessment, unit: string): string {
  const parts = [
    ...(pace.forecastAtDeadline === undefined ? [] : [`到${chineseDate(pace.deadline)}预计达到 ${num(pace.forecastAtDeadline)}`]),
    ...(pace.forecastAtDeadline === undefined && pace.latest ? [`截至${chineseDate(pace.latest.date)}为 ${num(pace.latest.value)}`] : []),
    `目标 ${num(pace.target)}`,
    ...(pace.neededPerMonth === undefined ? [] : [`今后每月需完成 ${num(pace.neededPerMonth)}${unit ? ` ${unit}` : ''}`]),
  ];
  return `${basisName[pace.basis]}：${parts.join('，')}`;
}

function paceFiguresEn(pace: PaceAssessment): string {
  const parts = [
    ...(pace.forecastAtDeadline === undefined ? [] : [`${num(pace.forecastAtDeadline)} expected by ${pace.deadline}`]),
    ...(pace.forecastAtDeadline === undefined && pace.latest ? [`${num(pace.latest.value)} on ${pace.latest.date}`] : []),
    `target ${num(pace.target)}`,
    ...(pace.neededPerMonth === undefined ? [] : [`${num(pace.neededPerMonth)} a month needed from now on`]),
  ];
  return `${basisNameEn[pace.basis]}: ${parts.join(', ')}`;
}

/**
 * The situation in one Chinese sentence, from the reminder's figures (the domain's reason is in
 * English). Dates are written the Chinese way (2026年3月31日), as an official notice writes them.
 */
export function situationZh(reminder: Situation, indicatorUnit = ''): string {
  if (reminder.kind === 'indicator') {
    const figures = reminder.pace ? `（${paceFiguresZh(reminder.pace, indicatorUnit)}）` : '';
    if (reminder.daysOverdue > 0) return `目标应于${chineseDate(reminder.deadline)}前完成，已逾期 ${reminder.daysOverdue} 天仍未达到${figures}`;
    return `${reminder.light === 'red' ? '进度明显落后于序时进度' : '进度落后于序时进度'}${figures || `（目标期限${chineseDate(reminder.deadline)}）`}`;
  }
  const what = reminder.milestone ? `节点“${reminder.milestone}”的时限${chineseDate(reminder.deadline)}` : `完成时限${chineseDate(reminder.deadline)}`;
  if (reminder.daysOverdue > 0)
    return `${what} 已过 ${reminder.daysOverdue} 天${reminder.overdueRounds > 1 ? `，已连续 ${reminder.overdueRounds} 个报送轮次逾期` : ''}`;
  return reminder.daysLeft === 0 ? `${what} 就是今天` : `距${what} 还有 ${reminder.daysLeft ?? 0} 天`;
}

/** The same situation in English. */
export function situationEn(reminder: Situation): string {
  if (reminder.kind === 'indicator') {
    const figures = reminder.pace ? ` (${paceFiguresEn(reminder.pace)})` : '';
    if (reminder.daysOverdue > 0) return `the target was due on ${reminder.deadline} and is still not reached ${plural(reminder.daysOverdue, 'day')} later${figures}`;
    return `${reminder.light === 'red' ? 'well behind the pace the target needs' : 'behind the pace the target needs'}${figures || ` (due ${reminder.deadline})`}`;
  }
  const what = reminder.milestone ? `the milestone "${reminder.milestone}" (${reminder.deadline})` : `the deadline (${reminder.deadline})`;
  if (reminder.daysOverdue > 0)
    return `${what} passed ${plural(reminder.daysOverdue, 'day')} ago${reminder.overdueRounds > 1 ? `; overdue in ${reminder.overdueRounds} reporting rounds in a row` : ''}`;
  return reminder.daysLeft === 0 ? `${what} is today` : `${what} is in ${plural(reminder.daysLeft ?? 0, 'day')}`;
}

export interface ReminderMessage {
  /** Chinese, as the unit reads it in the app in Chinese and first in the e-mail. */
  title: string;
  body: string;
  /** English, in the app in English and after the Chinese in the e-mail. */
  titleEn: string;
  bodyEn: string;
}

export interface MessageOptions {
  unitName: string;
  /** The indicator's unit of measure (人次, 件), for a pace warning's figures. */
  indicatorUnit?: string;
  /** The 督办单's 文号, in the title of a 督办. */
  noticeNumber?: string;
  /** The situation in Chinese as the office worded it on the 督办单, instead of the ladder's. */
  situation?: string;
}

/** A notification's title and text in Chinese and in English. */
export function reminderMessage(reminder: Reminder, options: MessageOptions): ReminderMessage {
  const overdue = reminder.daysOverdue > 0 || reminder.light === 'red';
  const [askZh, askEn] =
    reminder.level === 'supervise'
      ? ['请单位主要负责同志督促落实，并于督办单规定时限内书面反馈办理情况。', "The head of your unit is asked to see that it is done and to report on it in writing by the date the supervision notice sets."]
      : overdue
        ? ['请抓紧办理，尽快报送进展。', 'Please deal with it without delay and report your progress as soon as possible.']
        : ['请按时完成并报送进展。', 'Please complete it on time and report your progress.'];
  const number = options.noticeNumber;
  return {
    title: `【${levelName[reminder.level]}】${kindName[reminder.kind]}：${reminder.title}${number ? `（${number}）` : ''}`,
    body: [`${options.unitName}：`, `${kindName[reminder.kind]}“${reminder.title}”${options.situation ?? situationZh(reminder, options.indicatorUnit)}。${askZh}`].join('\n'),
    titleEn: `[${levelNameEn[reminder.level]}] ${kindNameEn[reminder.kind]}: ${reminder.title}${number ? ` (${number})` : ''}`,
    bodyEn: [`To ${options.unitName}:`, `${kindNameEn[reminder.kind]} "${reminder.title}": ${situationEn(reminder)}. ${askEn}`].join('\n'),
  };
}

/**
 * The e-mail of a notification: Chinese first, then English, then the link to the page (contacts'
 * addresses carry no language, so everyone gets both). A notification made before reminders were
 * bilingual is sent as it was written.
 */
export function reminderEmail(
  notification: { title: string; body: string; titleEn: string | null; bodyEn: string | null; link: string | null },
  publicUrl: string | undefined,
): { subject: string; text: string } {
  if (notification.titleEn === null || notification.bodyEn === null) return { subject: notification.title, text: notification.body };
  const url = publicUrl && notification.link ? `${publicUrl.replace(/\/$/, '')}${notification.link}` : null;
  return {
    subject: `${notification.title} / ${notification.titleEn}`,
    text: [notification.body, '', '——', '', notification.bodyEn, ...(url ? ['', url] : [])].join('\n'),
  };
}
