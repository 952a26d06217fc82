import type { EscalationLevel, Reminder } from '@ipcounty/domain';

/** 提醒 / 催办 / 督办: the word each rung is known by. */
export const levelName: Record<EscalationLevel, string> = { reminder: '提醒', urge: '催办', supervise: '督办' };
const levelNameEn: Record<EscalationLevel, string> = { reminder: 'Reminder', urge: 'Urgent', supervise: 'Supervision notice' };
const kindName: Record<Reminder['kind'], string> = { 'work-item': '工作事项', report: '进展报告', indicator: '目标指标' };

/** The situation in one Chinese sentence, from the reminder's figures (the domain's reason is in English). */
export function situationZh(reminder: Pick<Reminder, 'kind' | 'light' | 'deadline' | 'milestone' | 'daysLeft' | 'daysOverdue' | 'overdueRounds'>): string {
  if (reminder.kind === 'indicator')
    return reminder.light === 'red'
      ? reminder.daysOverdue > 0
        ? `目标应于 ${reminder.deadline} 前完成，已逾期 ${reminder.daysOverdue} 天仍未达到`
        : `进度明显落后于序时进度（目标期限 ${reminder.deadline}）`
      : `进度落后于序时进度（目标期限 ${reminder.deadline}）`;
  const what = reminder.milestone ? `节点“${reminder.milestone}”的时限 ${reminder.deadline}` : `完成时限 ${reminder.deadline}`;
  if (reminder.daysOverdue > 0)
    return `${what} 已过 ${reminder.daysOverdue} 天${reminder.overdueRounds > 1 ? `，已连续 ${reminder.overdueRounds} 个报送轮次逾期` : ''}`;
  return reminder.daysLeft === 0 ? `${what} 就是今天` : `距${what} 还有 ${reminder.daysLeft ?? 0} 天`;
}

/** The notification's title and text, in Chinese with an English line, as the unit reads it in the app and by e-mail. */
export function reminderMessage(reminder: Reminder, unitName: string, link: string | null): { title: string; body: string } {
  const title = `【${levelName[reminder.level]}】${kindName[reminder.kind]}：${reminder.title}`;
  const ask =
    reminder.level === 'supervise'
      ? '请单位主要负责同志督促落实，并于督办单规定时限内书面反馈办理情况。'
      : reminder.level === 'urge'
        ? '请抓紧办理，尽快报送进展。'
        : '请按时完成并报送进展。';
  const body = [
    `${unitName}：`,
    `${kindName[reminder.kind]}“${reminder.title}”${situationZh(reminder)}。${ask}`,
    '',
    `${levelNameEn[reminder.level]}: ${reminder.title} — ${reminder.reason}.`,
    ...(link ? ['', link] : []),
  ].join('\n');
  return { title, body };
}
