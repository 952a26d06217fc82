import { describe, expect, it } from 'vitest';
import type { Unit } from '../plan.schema.js';
import { chineseNumeral, chineseNumeralValue } from './numbering.js';
import { parsePlanDocument } from './parse-plan-document.js';
import { placePassage } from './place-passage.js';
import type { CountyDirectory } from './plan-draft.js';

const units: Unit[] = [
  { code: 'market', name: '县市场监管局', kind: 'government-department', aliases: ['市场监管局'] },
  { code: 'science', name: '县科技局', kind: 'government-department', aliases: [] },
];
const county: CountyDirectory = { county: { code: 'hexian', name: '禾县' }, regions: [], units, unitGroups: [] };

/** A plan whose last section the parser does not know: three passages left for a person to place. */
const text = [
  '禾县知识产权工作方案（2025—2027年）',
  '一、工作任务',
  '（一）提升创造质量',
  '1. 培育高价值专利。支持企业布局核心专利。（县科技局牵头，县市场监管局配合）',
  '二、其他事项',
  '2. 建设知识产权服务站。在各镇设立服务站。（县档案馆负责）',
  '加强督查。定期通报进展。',
].join('\n');

describe('placing a passage the parser left unread', () => {
  const draft = parsePlanDocument(text, county);
  const [heading, station, inspection] = draft.unread;

  it('starts from the three lines of the unknown section, listed as unrecognised', () => {
    expect(draft.unread.map((p) => [p.text, p.reason])).toEqual([
      ['二、其他事项', 'unrecognised'],
      ['2. 建设知识产权服务站。在各镇设立服务站。（县档案馆负责）', 'unrecognised'],
      ['加强督查。定期通报进展。', 'unrecognised'],
    ]);
    expect(heading).toBeDefined();
  });

  it('makes a task of the group, numbered after the last task, its （X负责） note read and the unknown unit added and doubted', () => {
    const placed = placePassage(draft.plan, station!, { as: 'task', group: 0 });
    const archive = placed.plan.units.find((u) => u.name === '县档案馆')!;
    expect(placed.plan.taskGroups[0]!.tasks[1]).toEqual({
      number: 2,
      title: '建设知识产权服务站',
      text: '建设知识产权服务站。在各镇设立服务站。',
      responsibility: { text: '县档案馆负责', parties: [{ ref: archive.code, role: 'responsible' }] },
    });
    expect(placed.item).toEqual({ path: 'taskGroups[0].tasks[1]', kind: 'task', label: '2. 建设知识产权服务站', span: station!.span, unsure: [{ code: 'unknown-unit', name: '县档案馆' }] });
    expect(draft.sourceText.slice(placed.item.span.start, placed.item.span.end)).toBe(station!.text);
    // The draft itself is left as it was.
    expect(draft.plan.taskGroups[0]!.tasks).toHaveLength(1);
    expect(draft.plan.units).toHaveLength(2);
  });

  it('marks a task placed without a units note as having no responsibility', () => {
    const placed = placePassage(draft.plan, inspection!, { as: 'task', group: 0 });
    expect(placed.plan.taskGroups[0]!.tasks[1]).toMatchObject({ number: 2, title: '加强督查', responsibility: { text: '', parties: [] } });
    expect(placed.item.unsure).toEqual([{ code: 'no-responsibility' }]);
  });

  it('makes a safeguard numbered 一, its first sentence the title and the rest its text', () => {
    const placed = placePassage(draft.plan, inspection!, { as: 'safeguard' });
    expect(placed.plan.safeguards).toEqual([{ number: '一', title: '加强督查', text: '定期通报进展。' }]);
    expect(placed.item).toMatchObject({ path: 'safeguards[0]', kind: 'safeguard', label: '加强督查' });
  });

  it('makes a principle, its first sentence the title and the whole passage its text', () => {
    const placed = placePassage(draft.plan, inspection!, { as: 'principle' });
    expect(placed.plan.principles).toEqual([{ title: '加强督查', text: '加强督查。定期通报进展。' }]);
    expect(placed.item.path).toBe('principles[0]');
  });
});

describe('Chinese numerals for numbering', () => {
  it('writes 1 一, 10 十, 12 十二, 20 二十 and 35 三十五, and reads each back', () => {
    expect([1, 10, 12, 20, 35].map(chineseNumeral)).toEqual(['一', '十', '十二', '二十', '三十五']);
    expect(['一', '十', '十二', '二十', '三十五'].map(chineseNumeralValue)).toEqual([1, 10, 12, 20, 35]);
  });
});
