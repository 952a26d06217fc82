import type { Plan, Task, TargetGroup, TaskGroup } from '../plan/plan.schema.js';
import { responsibleUnits } from '../plan/responsibility.js';
import type { WorkItem } from './work-plan.schema.js';

/**
 * The themes a 强县 plan's target groups and task groups share (知识产权创造的质量、运用、保护、服务、
 * 人才). A plan ties its tasks to its targets by theme, not by name: 培育高价值知识产权 sits under
 * 鼓励高质量知识产权创造 and works towards 知识产权产出质量进一步提高. A task whose title or group
 * title carries no theme (管理效能、融合发展、宣传普及) serves no quantitative target.
 */
const themes = ['质量', '运用', '保护', '服务', '人才'] as const;

function themeOf(text: string): string | undefined {
  return themes.find((theme) => text.includes(theme));
}

/** The plan's targets a task serves: those of the target group of the task's theme, its own title first. */
export function targetsServedByTask(plan: Pick<Plan, 'targetGroups'>, task: Pick<Task, 'title'>, group: Pick<TaskGroup, 'title'>): string[] {
  const theme = themeOf(task.title) ?? themeOf(group.title);
  if (!theme) return [];
  const targetGroup: TargetGroup | undefined = plan.targetGroups.find((g) => g.title.includes(theme));
  return targetGroup ? targetGroup.indicators.map((i) => i.code) : [];
}

/**
 * 按方案生成: a draft of the year's work plan, one work item per plan task — the task's title and
 * text, its lead unit and co-operating units as the plan assigns them (a task that names no lead is
 * led by the first unit it names, as in the self-check), the end of the year as the deadline and the
 * targets the task serves. Tasks that already have an item in the year are left alone, so running it
 * again only fills the gaps. The office then edits the draft.
 */
export function draftWorkPlan(plan: Plan, year: number, existing: readonly Pick<WorkItem, 'year' | 'taskNumber'>[]): Omit<WorkItem, 'id'>[] {
  const planned = new Set(existing.filter((i) => i.year === year).map((i) => i.taskNumber));
  const drafts: Omit<WorkItem, 'id'>[] = [];
  for (const group of plan.taskGroups)
    for (const task of group.tasks) {
      if (planned.has(task.number)) continue;
      const parties = responsibleUnits(plan, task).filter((p) => p.unit.kind !== 'program-office');
      const lead = parties.find((p) => p.role === 'lead') ?? parties[0];
      drafts.push({
        year,
        taskNumber: task.number,
        title: task.title,
        ...(lead ? { leadUnit: lead.unit.code } : {}),
        cooperatingUnits: parties.filter((p) => p !== lead).map((p) => p.unit.code),
        deadline: `${year}-12-31`,
        content: task.text,
        expectedOutput: '',
        milestones: [],
        figures: [],
        servesTargets: targetsServedByTask(plan, task, group),
      });
    }
  return drafts;
}
