import { describe, expect, it } from 'vitest';
import type { Unit } from '../plan.schema.js';
import { parsePlanDocument } from './parse-plan-document.js';
import type { CountyDirectory } from './plan-draft.js';

/** A small county: two departments, two towns, a street and a bank; no plan loaded yet. */
const units: Unit[] = [
  { code: 'market', name: '县市场监管局', kind: 'government-department', aliases: ['市场监管局'] },
  { code: 'science', name: '县科技局', kind: 'government-department', aliases: ['科技局'] },
  { code: 'publicity', name: '县委宣传部', kind: 'party-department', aliases: [] },
  { code: 'east-town', name: '东镇', kind: 'town', aliases: [] },
  { code: 'west-town', name: '西镇', kind: 'town', aliases: [] },
  { code: 'city-street', name: '城关街道', kind: 'street', aliases: [] },
  { code: 'county-bank', name: '县农商行', kind: 'financial-institution', aliases: [] },
];
const county: CountyDirectory = { county: { code: 'hexian', name: '禾县' }, regions: [], units, unitGroups: [] };

/** A plan written for these tests: three phases, 牵头/配合 and 负责 wording, group phrases. */
const threePhasePlan = [
  '禾政办发〔2025〕7号',
  '禾县人民政府办公室',
  '2025年3月2日',
  '禾县知识产权强县建设试点县工作方案',
  '（2025—2027年）',
  '一、工作目标',
  '到2027年，知识产权综合实力明显提升。',
  '——创造质量稳步提高。每万人口高价值发明专利拥有量达到6.5件，专利授权量每年不少于300件。',
  '——运用效益明显增强。知识产权质押融资金额累计超过2亿元，新增知识产权优势企业5家以上，力争培育专利密集型产品10个。',
  '二、重点任务',
  '（一）提升创造质量',
  '1. 培育高价值专利。支持企业布局核心专利。（县科技局牵头，县市场监管局、各镇街配合）',
  '2. 加强宣传培训。每年举办知识产权培训班。（县委宣传部负责）',
  '（二）强化保护运用',
  '3. 推进质押融资。扩大知识产权质押融资规模。（牵头单位：县市场监管局；配合单位：县财政局、各金融机构）',
  '4. 加强执法协作。开展联合执法行动。（责任单位：各有关部门）',
  '三、实施步骤',
  '（一）部署阶段（2025年3月至2025年6月）',
  '制定年度工作计划，召开动员会议。',
  '（二）推进阶段（2025年7月—2027年6月）',
  '每年形成工作总结报告。',
  '（三）验收阶段（2027年7月-12月）',
  '形成验收材料，呈报省知识产权局。',
  '四、附则',
  '本方案由县市场监管局负责解释。',
].join('\n');

describe('a three-phase plan with 牵头/配合 wording, read against a county unit list', () => {
  const draft = parsePlanDocument(threePhasePlan, county);
  const plan = draft.plan;

  it('reads an office (办公室) header without a notice, the title over two lines and its period', () => {
    expect(plan.documentNumber).toBe('禾政办发〔2025〕7号');
    expect(plan.issuer).toBe('禾县人民政府办公室');
    expect(plan.issueDate).toBe('2025-03-02');
    expect(plan.title).toBe('禾县知识产权强县建设试点县工作方案（2025—2027年）');
    expect(plan.period).toEqual({ startYear: 2025, endYear: 2027 });
    expect(plan.code).toBe('hexian-2025-2027');
  });

  it('reads decimals, 每年 (a yearly target for each year), 累计…超过, 以上, 力争 and a bare count', () => {
    const targets = plan.targetGroups.flatMap((g) => g.indicators);
    expect(targets.map(({ name, target, unit, comparison, kind }) => ({ name, target, unit, comparison, kind }))).toEqual([
      { name: '每万人口高价值发明专利拥有量', target: 6.5, unit: '件', comparison: 'reach', kind: 'stock' },
      { name: '专利授权量', target: 300, unit: '件', comparison: 'at-least', kind: 'annual-flow' },
      { name: '知识产权质押融资金额', target: 2, unit: '亿元', comparison: 'exceed', kind: 'cumulative' },
      { name: '新增知识产权优势企业', target: 5, unit: '家', comparison: 'at-least', kind: 'new-since-baseline' },
      { name: '培育专利密集型产品', target: 10, unit: '个', comparison: 'strive', kind: 'cumulative' },
    ]);
    expect(targets[1]!.annualTargets).toEqual({ '2025': 300, '2026': 300, '2027': 300 });
    expect(plan.targetGroups.map((g) => g.title)).toEqual(['创造质量稳步提高', '运用效益明显增强']);
  });

  it('reads （X牵头，Y、Z配合）: one lead, the others co-operating, 各镇街 expanded to the towns and the street', () => {
    const task = plan.taskGroups[0]!.tasks[0]!;
    expect(task.text).toBe('培育高价值专利。支持企业布局核心专利。');
    expect(task.responsibility.text).toBe('县科技局牵头，县市场监管局、各镇街配合');
    const groupCode = task.responsibility.parties[2]!.ref;
    expect(task.responsibility.parties).toEqual([
      { ref: 'science', role: 'lead' },
      { ref: 'market', role: 'co-operating' },
      { ref: groupCode, role: 'co-operating' },
    ]);
    expect(plan.unitGroups!.find((g) => g.code === groupCode)).toMatchObject({ phrase: '各镇街', members: ['east-town', 'west-town', 'city-street'] });
    expect(draft.items.find((i) => i.path === 'taskGroups[0].tasks[0]')!.unsure).toEqual([{ code: 'group-expanded-by-kind', phrase: '各镇街' }]);
  });

  it('reads （X负责） as X responsible', () => {
    expect(plan.taskGroups[0]!.tasks[1]!.responsibility).toEqual({ text: '县委宣传部负责', parties: [{ ref: 'publicity', role: 'responsible' }] });
  });

  it('reads 牵头单位：…；配合单位：…, adding 县财政局 as a new unit marked for review and 各金融机构 as the banks', () => {
    const task = plan.taskGroups[1]!.tasks[0]!;
    const [lead, finance, banks] = task.responsibility.parties;
    expect(lead).toEqual({ ref: 'market', role: 'lead' });
    expect(plan.units.find((u) => u.code === finance!.ref)).toMatchObject({ name: '县财政局', kind: 'government-department' });
    expect(plan.unitGroups!.find((g) => g.code === banks!.ref)).toMatchObject({ phrase: '各金融机构', members: ['county-bank'] });
    expect(draft.items.find((i) => i.path === 'taskGroups[1].tasks[0]')!.unsure).toContainEqual({ code: 'unknown-unit', name: '县财政局' });
  });

  it('expands 各有关部门 to every department of the county list, marked for review', () => {
    const [party] = plan.taskGroups[1]!.tasks[1]!.responsibility.parties;
    // 县财政局, added from task 3, is a department too.
    const finance = plan.units.find((u) => u.name === '县财政局')!.code;
    expect(plan.unitGroups!.find((g) => g.code === party!.ref)!.members).toEqual(['market', 'science', 'publicity', finance]);
    expect(draft.items.find((i) => i.path === 'taskGroups[1].tasks[1]')!.unsure).toEqual([{ code: 'group-expanded-by-kind', phrase: '各有关部门' }]);
  });

  it('reads three phases with 至, — and a year-less end month, and proposes their deliverables', () => {
    expect(plan.phases!.map(({ code, name, start, end, deliverables }) => ({ code, name, start, end, deliverables }))).toEqual([
      { code: 'start', name: '部署阶段', start: '2025-03', end: '2025-06', deliverables: ['制定年度工作计划', '召开动员会议'] },
      { code: 'implementation', name: '推进阶段', start: '2025-07', end: '2027-06', deliverables: ['每年形成工作总结报告'] },
      { code: 'acceptance', name: '验收阶段', start: '2027-07', end: '2027-12', deliverables: ['形成验收材料', '呈报省知识产权局'] },
    ]);
  });

  it('lists the unrecognised 附则 section, heading and text, for a person to place', () => {
    expect(draft.unread).toEqual([
      { text: '四、附则', span: expect.any(Object), reason: 'unrecognised' },
      { text: '本方案由县市场监管局负责解释。', span: expect.any(Object), reason: 'unrecognised' },
    ]);
  });
});

describe('tasks whose units are in a table', () => {
  it('gives the tasks of the text the units of the table row with the same number, 牵头 and 配合 columns read as roles', () => {
    const draft = parsePlanDocument(
      [
        { kind: 'paragraph', text: '禾县知识产权工作方案（2025—2027年）' },
        { kind: 'paragraph', text: '一、主要任务' },
        { kind: 'paragraph', text: '1. 培育高价值专利。支持企业布局核心专利。' },
        { kind: 'paragraph', text: '2. 加强宣传培训。举办培训班。' },
        { kind: 'paragraph', text: '附件：任务分工表' },
        {
          kind: 'table',
          rows: [
            ['序号', '工作任务', '牵头单位', '配合单位'],
            ['1', '培育高价值专利', '县科技局', '县市场监管局、东镇'],
            ['2', '加强宣传培训', '县委宣传部', ''],
          ],
        },
      ],
      county,
    );
    const tasks = draft.plan.taskGroups[0]!.tasks;
    expect(tasks.map((t) => t.responsibility.parties)).toEqual([
      [
        { ref: 'science', role: 'lead' },
        { ref: 'market', role: 'co-operating' },
        { ref: 'east-town', role: 'co-operating' },
      ],
      [{ ref: 'publicity', role: 'lead' }],
    ]);
    expect(draft.items.filter((i) => i.kind === 'task').every((i) => i.unsure.length === 0)).toBe(true);
    expect(draft.unread.map((p) => p.text)).toEqual(['附件：任务分工表']);
  });

  it('makes each row of a table with a 责任单位 column a task when the text lists none', () => {
    const draft = parsePlanDocument(
      [
        { kind: 'paragraph', text: '二、工作任务' },
        { kind: 'table', rows: [['序号', '重点任务', '责任单位'], ['1', '建设公共服务网点。覆盖全部镇街。', '县市场监管局、西镇']] },
      ],
      county,
    );
    expect(draft.plan.taskGroups).toEqual([
      {
        code: 'tasks-1',
        number: '一',
        title: '工作任务',
        tasks: [{ number: 1, title: '建设公共服务网点', text: '建设公共服务网点。覆盖全部镇街。', responsibility: { text: '县市场监管局、西镇', parties: [{ ref: 'market', role: 'responsible' }, { ref: 'west-town', role: 'responsible' }] } }],
      },
    ]);
    const row = draft.items.find((i) => i.path === 'taskGroups[0].tasks[0]')!;
    expect(draft.sourceText.slice(row.span.start, row.span.end)).toBe('1\t建设公共服务网点。覆盖全部镇街。\t县市场监管局、西镇');
  });
});

describe('what the parser doubts', () => {
  it('marks a task with no units, a phase without dates and a header without 文号', () => {
    const draft = parsePlanDocument('某县工作方案\n一、工作任务\n1. 做好宣传。\n二、实施进度\n（一）启动阶段\n印发方案。', county);
    expect(draft.items.find((i) => i.path === 'taskGroups[0].tasks[0]')!.unsure).toEqual([{ code: 'no-responsibility' }]);
    expect(draft.items.find((i) => i.path === 'phases[0]')!.unsure).toContainEqual({ code: 'phase-dates-unread' });
    expect(draft.items.find((i) => i.path === '(header)')!.unsure).toEqual([
      { code: 'header-missing', field: 'documentNumber' },
      { code: 'header-missing', field: 'issuer' },
      { code: 'header-missing', field: 'issueDate' },
      { code: 'period-unread' },
    ]);
  });

  it('marks a clause with two figures and reads the last', () => {
    const draft = parsePlanDocument('一、发展目标\n——质量提高。发明专利由20件增加到40件。', county);
    expect(draft.plan.targetGroups[0]!.indicators[0]).toMatchObject({ target: 40, unit: '件' });
    expect(draft.items.find((i) => i.kind === 'target')!.unsure).toEqual([{ code: 'several-quantities' }]);
  });
});
