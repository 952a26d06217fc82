import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Plan } from '../plan.schema.js';
import { validatePlan } from '../validate-plan.js';
import { parsePlanDocument } from './parse-plan-document.js';
import type { CountyDirectory } from './plan-draft.js';

/*
 * The golden test: plans/sources/jinhu-2024-2026.txt, read by the parser, gives the plan of
 * plans/jinhu-2024-2026.yaml, the transcription made and checked by hand.
 */
const seed = readFileSync(new URL('../../../../../plans/sources/jinhu-2024-2026.txt', import.meta.url), 'utf8');
const loaded = validatePlan(parse(readFileSync(new URL('../../../../../plans/jinhu-2024-2026.yaml', import.meta.url), 'utf8')));
if (!loaded.ok) throw new Error('plans/jinhu-2024-2026.yaml does not validate');
const jinhu: Plan = loaded.plan;

/** What the county knows before any plan is loaded: its units, their groups and its regions. */
const unitList: CountyDirectory = { county: jinhu.county, regions: jinhu.regions, units: jinhu.units, unitGroups: jinhu.unitGroups };

describe('the Jinhu seed document read against the county unit list alone', () => {
  const draft = parsePlanDocument(seed, unitList);
  const plan = draft.plan;

  it('reads the issuing header: 文号, notice title, issuer, date, title and period', () => {
    expect(plan.documentNumber).toBe('金政发〔2024〕23号');
    expect(plan.noticeTitle).toBe(jinhu.noticeTitle);
    expect(plan.issuer).toBe('金湖县人民政府');
    expect(plan.issueDate).toBe('2024-04-15');
    expect(plan.title).toBe('金湖县国家知识产权强县建设试点县工作方案（2024—2026年）');
    expect(plan.period).toEqual({ startYear: 2024, endYear: 2026 });
  });

  it('reads every target with its name, wording, figure, unit, comparison and kind, group by group', () => {
    const read = plan.targetGroups.map((g) => ({ title: g.title, text: g.text, indicators: g.indicators.map(({ code: _c, ...rest }) => rest) }));
    const expected = jinhu.targetGroups.map((g) => ({
      title: g.title,
      text: g.text,
      indicators: g.indicators.map(({ code: _c, nameEn: _n, definition: _d, ...rest }) => rest),
    }));
    expect(read).toEqual(expected);
    expect(plan.targetGroups.flatMap((g) => g.indicators)).toHaveLength(16);
  });

  it('reads the 7 task groups and 21 tasks, each with its text and the units named in its （责任单位：…）', () => {
    const read = plan.taskGroups.map(({ code: _c, ...group }) => group);
    const expected = jinhu.taskGroups.map(({ code: _c, ...group }) => group);
    expect(read).toEqual(expected);
  });

  it('reads the four phases of 实施进度 with their month ranges and text', () => {
    expect(plan.phases!.map(({ code, name, start, end, text }) => ({ code, name, start, end, text }))).toEqual(
      jinhu.phases.map(({ code, name, start, end, text }) => ({ code, name, start, end, text })),
    );
  });

  it('proposes as deliverables the clauses that name a list, a document, a meeting or materials, marked for review', () => {
    expect(plan.phases!.map((phase) => phase.deliverables)).toEqual([
      ['调整县知识产权战略实施工作领导小组成员名单', '加强知识产权联席会议制度建设', '印发《国家知识产权强县建设试点县建设工作方案》', '建立责任清单', '召开建设工作推进会议'],
      // 根据《工作方案》 cites the plan, it does not produce it.
      ['分解年度绩效指标', '细化责任清单', '出台或调整相关配套政策措施'],
      ['加强对国家知识产权强县建设试点建设工作的梳理检查', '组织各有关部门认真开展自查自纠', '开展试点建设工作分析评估'],
      ['召开县知识产权战略实施工作领导小组会议', '形成验收材料', '呈报省知识产权局和国家知识产权局审核验收'],
    ]);
    expect(draft.items.find((item) => item.path === 'phases[0]')!.unsure).toEqual([{ code: 'deliverables-proposed' }]);
  });

  it('reads the guiding ideology, the principles, the overall goal and the safeguards as the data file has them', () => {
    expect(plan.guidingIdeology).toBe(jinhu.guidingIdeology);
    expect(plan.principles).toEqual(jinhu.principles);
    expect(plan.overallGoal).toBe(jinhu.overallGoal);
    expect(plan.safeguards).toEqual(jinhu.safeguards);
  });

  it('adds no unit and no group: every name in the document is on the county list', () => {
    expect(plan.units).toEqual(jinhu.units);
    expect(plan.unitGroups).toEqual(jinhu.unitGroups);
    expect(draft.items.flatMap((item) => item.unsure).filter((r) => r.code !== 'deliverables-proposed')).toEqual([]);
  });

  it('lists the notice and the preamble as passages outside the model, and drops nothing', () => {
    expect(draft.unread.map((p) => p.text)).toEqual([
      '各镇人民政府、街道办事处，县各委办局，县各直属单位：',
      expect.stringMatching(/^《金湖县国家知识产权强县建设试点县工作方案（2024—2026年）》已经县政府十五届15次常务会议同意/),
      '（此件公开发布）',
      expect.stringMatching(/^为认真贯彻党中央国务院.*制定本工作方案。$/),
    ]);
    expect(draft.unread.every((p) => p.reason === 'outside-model')).toBe(true);
    // Every non-empty line of the document is either read into the plan or listed.
    const lines = seed.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(draft.sourceText.split('\n')).toHaveLength(lines.length);
  });

  it('points every item at its own words: the span of 万人高价值发明专利拥有量 is that clause', () => {
    const item = draft.items.find((i) => i.path === 'targetGroups[0].indicators[1]')!;
    expect(draft.sourceText.slice(item.span.start, item.span.end)).toBe('万人高价值发明专利拥有量达15件');
    const task = draft.items.find((i) => i.path === 'taskGroups[1].tasks[0]')!;
    expect(draft.sourceText.slice(task.span.start, task.span.end)).toMatch(/^4\. 健全知识产权保护机制。.*文广旅游局）$/);
  });
});

describe('the Jinhu seed document read as a revision of the plan in force', () => {
  it('is the data file itself: codes, English names, definitions and curated deliverables carry over', () => {
    const draft = parsePlanDocument(seed, { ...unitList, planInForce: jinhu });
    const result = validatePlan(draft.plan);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.plan).toEqual(jinhu);
  });
});

describe('a document of another period read against the plan in force', () => {
  it('is a new plan with a code of its own years, not a revision of the code in force', () => {
    const next = seed.replaceAll('2024—2026年', '2027—2029年');
    const draft = parsePlanDocument(next, { ...unitList, planInForce: jinhu });
    expect(draft.plan.period).toEqual({ startYear: 2027, endYear: 2029 });
    expect(draft.plan.code).toBe('jinhu-2027-2029');
    expect(parsePlanDocument(seed, { ...unitList, planInForce: jinhu }).plan.code).toBe(jinhu.code);
  });
});
