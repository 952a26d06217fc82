import type { ExpandedParty, Task, TaskGroup, Unit } from '@ipcounty/domain';
import { describe, expect, it } from 'vitest';
import { filterTasks, type TaskGroupWithUnits } from './task-filter.js';

const unit = (code: string, name: string, aliases: string[] = []): Unit => ({
  code,
  name,
  kind: 'government-department',
  aliases,
});

const finance = unit('finance', '县财政局', ['财政局']);
const bank = { ...unit('icbc-jinhu', '中国工商银行金湖支行'), kind: 'financial-institution' } as const;

const task = (number: number, title: string, responsibility: string): Task => ({
  number,
  title,
  text: `${title}。`,
  responsibility: { text: responsibility, parties: [{ ref: 'x', role: 'responsible' }] },
});

const group = (code: string, tasks: Task[]): TaskGroup => ({ code, number: '一', title: code, tasks });

const direct = (u: Unit): ExpandedParty => ({ unit: u, role: 'responsible' });

const t12 = task(12, '推动知识产权标准化', '县市场监管局');
const t13 = task(13, '强化知识产权金融保障', '县财政局，各金融机构');
const t14 = task(14, '推进专利标准融合发展', '县市场监管局');

const groups: TaskGroupWithUnits[] = [
  { group: group('use', [t12, t13]), tasks: [{ task: t12, units: [] }, { task: t13, units: [direct(finance), direct(bank)] }] },
  { group: group('fusion', [t14]), tasks: [{ task: t14, units: [] }] },
];

const numbersOf = (result: TaskGroupWithUnits[]) => result.flatMap((g) => g.tasks.map((t) => t.task.number));

describe('filterTasks', () => {
  it('keeps every task for an empty or blank query', () => {
    expect(filterTasks(groups, '')).toBe(groups);
    expect(numbersOf(filterTasks(groups, '   '))).toEqual([12, 13, 14]);
  });

  it('finds tasks by words of the title', () => {
    expect(numbersOf(filterTasks(groups, '标准'))).toEqual([12, 14]);
  });

  it('finds a task by a unit that only came in through a group phrase', () => {
    expect(numbersOf(filterTasks(groups, '工商银行'))).toEqual([13]);
  });

  it('finds a task by the short form of a unit name', () => {
    expect(numbersOf(filterTasks(groups, ' 财政局 '))).toEqual([13]);
  });

  it('drops groups with no matching task', () => {
    const result = filterTasks(groups, '金融');
    expect(result.map((g) => g.group.code)).toEqual(['use']);
  });

  it('returns nothing when nothing matches', () => {
    expect(filterTasks(groups, 'no such unit')).toEqual([]);
  });
});
