import { describe, expect, it } from 'vitest';
import { buildValidPlan } from './__tests__/build-plan.js';
import type { PlanInput, Task } from './plan.schema.js';
import { responsibilityMatrix, responsibleUnits, tasksOfUnit } from './responsibility.js';

// Units listed out of kind order on purpose: the matrix must sort them by kind, then plan order.
const units: PlanInput['units'] = [
  { code: 'town-a', name: '甲镇', kind: 'town' },
  { code: 'finance', name: '县财政局', kind: 'government-department' },
  { code: 'zone', name: '开发区', kind: 'development-zone' },
  { code: 'publicity', name: '县委宣传部', kind: 'party-department' },
  { code: 'market', name: '县市场监管局', kind: 'government-department' },
  { code: 'town-b', name: '乙镇', kind: 'town' },
  { code: 'bank', name: '某银行', kind: 'financial-institution' },
  { code: 'office', name: '县知识产权局', kind: 'program-office' },
];

const unitGroups: PlanInput['unitGroups'] = [
  { code: 'zone-and-towns', phrase: '开发区、各镇街', members: ['zone', 'town-a', 'town-b'] },
  { code: 'members', phrase: '领导小组各成员单位', members: ['publicity', 'finance', 'market'] },
  { code: 'lenders', phrase: '各金融机构', members: ['market', 'bank'] },
];

function task(number: number, parties: { ref: string; role?: 'lead' | 'co-operating' | 'responsible' }[]) {
  return { number, title: `任务${number}`, text: `任务${number}。`, responsibility: { text: '…', parties } };
}

const plan = buildValidPlan({
  units,
  unitGroups,
  taskGroups: [
    {
      code: 'management',
      number: '一',
      title: '管理',
      tasks: [
        task(1, [{ ref: 'members' }]),
        task(2, [{ ref: 'members' }, { ref: 'finance', role: 'lead' }]),
      ],
    },
    {
      code: 'creation',
      number: '二',
      title: '创造',
      tasks: [task(3, [{ ref: 'zone-and-towns' }, { ref: 'market' }]), task(4, [{ ref: 'members' }, { ref: 'lenders' }])],
    },
  ],
});

function taskNumbered(number: number): Task {
  const found = plan.taskGroups.flatMap((g) => g.tasks).find((t) => t.number === number);
  if (!found) throw new Error(`no task ${number}`);
  return found;
}

const summary = (parties: ReturnType<typeof responsibleUnits>) =>
  parties.map((p) => [p.unit.code, p.role, p.via?.code ?? null]);

describe('responsibleUnits', () => {
  it('expands a group phrase into its members, in the order the group lists them', () => {
    expect(summary(responsibleUnits(plan, taskNumbered(1)))).toEqual([
      ['publicity', 'responsible', 'members'],
      ['finance', 'responsible', 'members'],
      ['market', 'responsible', 'members'],
    ]);
  });

  it('lets a direct mention win over the group: the unit appears once, with its own role and no via', () => {
    expect(summary(responsibleUnits(plan, taskNumbered(2)))).toEqual([
      ['publicity', 'responsible', 'members'],
      ['market', 'responsible', 'members'],
      ['finance', 'lead', null],
    ]);
  });

  it('keeps a directly named unit beside the members of a group it does not belong to', () => {
    expect(summary(responsibleUnits(plan, taskNumbered(3)))).toEqual([
      ['zone', 'responsible', 'zone-and-towns'],
      ['town-a', 'responsible', 'zone-and-towns'],
      ['town-b', 'responsible', 'zone-and-towns'],
      ['market', 'responsible', null],
    ]);
  });

  it('lists a unit in two named groups once, through the first group', () => {
    expect(summary(responsibleUnits(plan, taskNumbered(4)))).toEqual([
      ['publicity', 'responsible', 'members'],
      ['finance', 'responsible', 'members'],
      ['market', 'responsible', 'members'],
      ['bank', 'responsible', 'lenders'],
    ]);
  });
});

describe('responsibilityMatrix', () => {
  const matrix = responsibilityMatrix(plan);

  it('has one row per task in plan order, with its group code', () => {
    expect(matrix.tasks).toEqual([
      { number: 1, title: '任务1', group: 'management' },
      { number: 2, title: '任务2', group: 'management' },
      { number: 3, title: '任务3', group: 'creation' },
      { number: 4, title: '任务4', group: 'creation' },
    ]);
  });

  it('orders the units by kind, then by plan order, leaving out units that hold no task', () => {
    expect(matrix.units.map((u) => u.code)).toEqual(['publicity', 'finance', 'market', 'town-a', 'town-b', 'zone', 'bank']);
  });

  it('records the role and the group code in each cell, and no cell where a unit has no part', () => {
    expect(matrix.cells[2]).toEqual({
      publicity: { role: 'responsible', via: 'members' },
      market: { role: 'responsible', via: 'members' },
      finance: { role: 'lead' },
    });
    expect(matrix.cells[3]?.market).toEqual({ role: 'responsible' });
    expect(matrix.cells[1]?.['town-a']).toBeUndefined();
  });
});

describe('tasksOfUnit', () => {
  it('lists every task a unit answers for, directly or through a phrase, with its group', () => {
    const rows = tasksOfUnit(plan, 'market').map((r) => [r.task.number, r.group.code, r.role, r.via?.code ?? null]);
    expect(rows).toEqual([
      [1, 'management', 'responsible', 'members'],
      [2, 'management', 'responsible', 'members'],
      [3, 'creation', 'responsible', null],
      [4, 'creation', 'responsible', 'members'],
    ]);
  });

  it('shows a directly named lead as lead even where its group is also named', () => {
    expect(tasksOfUnit(plan, 'finance').map((r) => [r.task.number, r.role, r.via?.code ?? null])).toEqual([
      [1, 'responsible', 'members'],
      [2, 'lead', null],
      [4, 'responsible', 'members'],
    ]);
  });

  it('is empty for a unit that holds no task', () => {
    expect(tasksOfUnit(plan, 'office')).toEqual([]);
  });
});
