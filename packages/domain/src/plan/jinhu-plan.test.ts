import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Plan } from './plan.schema.js';
import { responsibilityMatrix, tasksOfUnit } from './responsibility.js';
import { validatePlan } from './validate-plan.js';

/*
 * plans/jinhu-2024-2026.yaml checked against the published document it transcribes, which is kept
 * beside it as plans/sources/jinhu-2024-2026.txt.
 */
const seedUrl = new URL('../../../../plans/sources/jinhu-2024-2026.txt', import.meta.url);
const planUrl = new URL('../../../../plans/jinhu-2024-2026.yaml', import.meta.url);

const seedLines = readFileSync(seedUrl, 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line.length > 0);

function loadPlan(): Plan {
  const result = validatePlan(parse(readFileSync(planUrl, 'utf8')));
  if (!result.ok)
    throw new Error(
      `plans/jinhu-2024-2026.yaml does not validate:\n${result.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`,
    );
  return result.plan;
}

const plan = loadPlan();

/** The lines after a top-level heading ("三、发展目标") up to the next one. */
function section(heading: string): string[] {
  const start = seedLines.indexOf(heading);
  if (start < 0) throw new Error(`the seed has no heading "${heading}"`);
  const rest = seedLines.slice(start + 1);
  const end = rest.findIndex((line) => /^[一二三四五六七八九十]、/.test(line));
  return end < 0 ? rest : rest.slice(0, end);
}

function firstSentence(paragraph: string): string {
  const stop = paragraph.indexOf('。');
  if (stop < 0) throw new Error(`no 。 in "${paragraph.slice(0, 30)}…"`);
  return paragraph.slice(0, stop);
}

const subheading = /^（([一二三四五六七八九十])）(.+)$/;

interface SeedTask {
  group: { number: string; title: string };
  number: number;
  title: string;
  text: string;
  responsibility: string;
}

function seedTasks(): SeedTask[] {
  const tasks: SeedTask[] = [];
  let group: SeedTask['group'] | undefined;
  for (const line of section('四、工作任务')) {
    const heading = subheading.exec(line);
    if (heading) {
      group = { number: heading[1]!, title: heading[2]! };
      continue;
    }
    const task = /^(\d+)\. (.+)$/.exec(line);
    if (!task || !group) throw new Error(`unexpected line in 四、工作任务: "${line.slice(0, 30)}…"`);
    const paragraph = task[2]!;
    // Texts contain other brackets (（智能仪表）), so the label is found from the end.
    const label = paragraph.lastIndexOf('（责任单位：');
    if (label < 0 || !paragraph.endsWith('）')) throw new Error(`task ${task[1]} has no （责任单位：…）`);
    const text = paragraph.slice(0, label);
    tasks.push({
      group,
      number: Number(task[1]),
      title: firstSentence(text),
      text,
      responsibility: paragraph.slice(label + '（责任单位：'.length, -1),
    });
  }
  return tasks;
}

/**
 * The unit or group codes a （责任单位：…） names, in order. Group phrases are matched first (they
 * contain 、 themselves); a bare name borrows the prefix of the last prefixed one, so in
 * "县发改委、统计局" 统计局 is 县统计局 and in "县委宣传部、县委政法委，县法院、检察院" 检察院 is 县检察院.
 * Names resolve by the units' own names only, not their aliases, so the check does not lean on them.
 */
function partiesNamedIn(text: string): string[] {
  const phrases = [...plan.unitGroups].sort((a, b) => b.phrase.length - a.phrase.length);
  const unitsByName = new Map(plan.units.map((unit) => [unit.name, unit.code]));
  const refs: string[] = [];
  let prefix = '县';
  let at = 0;
  while (at < text.length) {
    const group = phrases.find((g) => text.startsWith(g.phrase, at) && /^[、，]?$/.test(text.charAt(at + g.phrase.length)));
    let next: number;
    if (group) {
      refs.push(group.code);
      next = at + group.phrase.length;
    } else {
      const stop = text.slice(at).search(/[、，]/);
      next = stop < 0 ? text.length : at + stop;
      const token = text.slice(at, next);
      if (token.startsWith('县委')) prefix = '县委';
      else if (token.startsWith('县')) prefix = '县';
      const name = token.startsWith('县') ? token : prefix + token;
      const code = unitsByName.get(name);
      if (!code) throw new Error(`"${token}" (read as ${name}) in （责任单位：${text}） is no unit of the plan`);
      refs.push(code);
    }
    at = next + 1;
  }
  return refs;
}

const indicators = plan.targetGroups.flatMap((group) => group.indicators);
const planTasks = plan.taskGroups.flatMap((group) => group.tasks.map((task) => ({ group, task })));

describe('plans/jinhu-2024-2026.yaml', () => {
  it('validates and has 5 target groups, 16 targets, 7 task groups, 21 tasks and 4 phases', () => {
    expect(plan.code).toBe('jinhu-2024-2026');
    expect(plan.targetGroups).toHaveLength(5);
    expect(indicators).toHaveLength(16);
    expect(plan.taskGroups).toHaveLength(7);
    expect(planTasks).toHaveLength(21);
    expect(plan.phases).toHaveLength(4);
    expect(plan.safeguards).toHaveLength(4);
  });

  it('carries the document header as issued', () => {
    expect(plan.documentNumber).toBe(seedLines[0]);
    expect(plan.noticeTitle).toBe(seedLines[1]! + seedLines[2]!);
    expect(plan.issuer).toBe(seedLines[5]);
    const [, year, month, day] = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(seedLines[6]!) ?? [];
    expect(plan.issueDate).toBe(`${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`);
    expect(plan.title).toBe(seedLines[8]! + seedLines[9]! + seedLines[10]!);
  });

  it('quotes the guiding ideology, the principles and the overall goal verbatim', () => {
    expect([plan.guidingIdeology]).toEqual(section('一、指导思想'));
    const principles = section('二、基本原则').map((line) => {
      const text = line.replace(/^（[一二三]）/, '');
      return { title: firstSentence(text), text };
    });
    expect(plan.principles).toEqual(principles);
    expect(plan.overallGoal).toBe(section('三、发展目标')[0]);
  });
});

describe('三、发展目标 against the seed', () => {
  const paragraphs = section('三、发展目标')
    .filter((line) => line.startsWith('——'))
    .map((line) => line.slice(2));

  it('has one target group per paragraph, with the whole paragraph as its text', () => {
    expect(plan.targetGroups.map((g) => ({ title: g.title, text: g.text }))).toEqual(
      paragraphs.map((text) => ({ title: firstSentence(text), text })),
    );
  });

  it('has every number in the target paragraphs as a target value, in the same order', () => {
    const numbers = paragraphs.flatMap((text) => [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0])));
    expect(numbers).toHaveLength(16);
    expect(indicators.map((i) => i.target)).toEqual(numbers);
  });

  it.each(plan.targetGroups.flatMap((g) => g.indicators.map((i) => [i.code, g.text, i] as const)))(
    '%s quotes its fragment of the plan, and the fragment names it and states its value',
    (_code, groupText, indicator) => {
      expect(groupText).toContain(indicator.planText);
      expect(indicator.planText).toContain(indicator.name);
      expect(indicator.planText).toContain(`${indicator.target}${indicator.unit}`);
    },
  );

  it('sets yearly targets only where the plan says 每年, and no baselines', () => {
    for (const indicator of indicators) {
      const yearly = indicator.planText.includes('每年');
      expect(indicator.kind === 'annual-flow', indicator.code).toBe(yearly);
      expect(indicator.annualTargets, indicator.code).toEqual(
        yearly ? { '2024': indicator.target, '2025': indicator.target, '2026': indicator.target } : {},
      );
      expect(indicator.baseline, indicator.code).toBeUndefined();
    }
  });
});

describe('四、工作任务 against the seed', () => {
  const tasks = seedTasks();

  it('has the seven task groups with their numbers and titles', () => {
    const groups = [...new Map(tasks.map((t) => [t.group.number, t.group])).values()];
    expect(plan.taskGroups.map((g) => ({ number: g.number, title: g.title }))).toEqual(groups);
  });

  it('has the 21 tasks numbered 1–21 in their groups', () => {
    expect(planTasks.map(({ group, task }) => [group.number, task.number])).toEqual(
      tasks.map((t) => [t.group.number, t.number]),
    );
  });

  it.each(tasks)('task $number: title, full text and （责任单位） text verbatim', (seed) => {
    const found = planTasks.find(({ task }) => task.number === seed.number)?.task;
    expect(found, `task ${seed.number} is missing`).toBeDefined();
    expect(found?.title).toBe(seed.title);
    expect(found?.text).toBe(seed.text);
    expect(found?.responsibility.text).toBe(seed.responsibility);
  });

  it.each(tasks)('task $number: the parties are exactly the units and groups its （责任单位） names', (seed) => {
    const found = planTasks.find(({ task }) => task.number === seed.number)?.task;
    expect(found?.responsibility.parties.map((p) => p.ref)).toEqual(partiesNamedIn(seed.responsibility));
    // The plan names no lead anywhere.
    expect(found?.responsibility.parties.every((p) => p.role === 'responsible')).toBe(true);
  });
});

describe('五、实施进度 and 六、保障措施 against the seed', () => {
  it('has the four phases with their months and text', () => {
    const lines = section('五、实施进度');
    const phases = [];
    for (let i = 0; i < lines.length; i += 2) {
      const heading = /^（[一二三四]）(.+阶段)（(\d{4})年(\d{1,2})月－(?:(\d{4})年)?(\d{1,2})月）$/.exec(lines[i]!);
      if (!heading) throw new Error(`unexpected phase heading "${lines[i]}"`);
      const [, name, startYear, startMonth, endYear, endMonth] = heading;
      const month = (m: string) => m.padStart(2, '0');
      phases.push({
        name,
        start: `${startYear}-${month(startMonth!)}`,
        end: `${endYear ?? startYear}-${month(endMonth!)}`,
        text: lines[i + 1],
      });
    }
    expect(phases).toHaveLength(4);
    expect(plan.phases.map(({ name, start, end, text }) => ({ name, start, end, text }))).toEqual(phases);
  });

  it('has the four safeguards verbatim', () => {
    const lines = section('六、保障措施');
    const safeguards = [];
    for (let i = 0; i < lines.length; i += 2) {
      const heading = subheading.exec(lines[i]!);
      if (!heading) throw new Error(`unexpected safeguard heading "${lines[i]}"`);
      safeguards.push({ number: heading[1], title: heading[2], text: lines[i + 1] });
    }
    expect(plan.safeguards).toEqual(safeguards);
  });
});

describe('unit groups the plan leaves open', () => {
  const group = (code: string) => plan.unitGroups.find((g) => g.code === code);

  it('defaults the leading group to every county-level unit a （责任单位） names, and says so', () => {
    const countyLevel = new Set(['party-department', 'government-department', 'judicial']);
    const named = new Set(
      seedTasks().flatMap((t) => partiesNamedIn(t.responsibility)).filter((ref) => plan.units.some((u) => u.code === ref)),
    );
    const expected = plan.units.filter((u) => countyLevel.has(u.kind) && named.has(u.code)).map((u) => u.code);
    expect(expected).toHaveLength(21);
    expect(group('leading-group-members')?.members).toEqual(expected);
    expect(group('leading-group-members')?.membershipSource).toMatch(/默认/);
  });

  it('expands 开发区、各镇街 to the development zone and every town and street', () => {
    const local = plan.units.filter((u) => ['town', 'street', 'development-zone'].includes(u.kind)).map((u) => u.code);
    expect([...(group('development-zone-and-towns')?.members ?? [])].sort()).toEqual([...local].sort());
    expect(group('towns-and-streets')?.members).toEqual(local.filter((code) => code !== 'development-zone'));
  });
});

describe('who answers for what in Jinhu', () => {
  it('gives 县统计局 the tasks that name it and those of the leading group', () => {
    expect(tasksOfUnit(plan, 'statistics').map((t) => [t.task.number, t.via?.code ?? null])).toEqual([
      [1, 'leading-group-members'],
      [2, 'leading-group-members'],
      [3, 'leading-group-members'],
      [7, null],
      [9, null],
      [14, null],
      [21, 'leading-group-members'],
    ]);
  });

  it('gives each town the ten tasks addressed to 开发区、各镇街', () => {
    expect(tasksOfUnit(plan, 'yintu').map((t) => t.task.number)).toEqual([7, 8, 9, 10, 13, 15, 16, 17, 19, 20]);
  });

  it('puts every unit that holds a task in the matrix, and leaves out the program office', () => {
    const matrix = responsibilityMatrix(plan);
    expect(matrix.tasks).toHaveLength(21);
    expect(matrix.units.map((u) => u.code)).not.toContain('program-office');
    expect(matrix.units).toHaveLength(plan.units.length - 1);
    expect(matrix.cells[13]?.['jinhu-rural-commercial-bank']).toEqual({
      role: 'responsible',
      via: 'financial-institutions',
    });
  });
});
