import { describe, expect, it } from 'vitest';
import { zhCN } from '../i18n/zh-CN.js';
import { en } from '../i18n/en.js';
import type { MessageKey } from '../i18n/zh-CN.js';
import { changeValue, describeChangePath } from './change-labels.js';
import type { PlanInput } from '@ipcounty/domain';

const translate = (catalogue: Record<string, string>) => (key: MessageKey, values: Record<string, string | number> = {}) =>
  catalogue[key]!.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));

/** The parts of a plan the paths below name. */
const plan = {
  targetGroups: [{ title: '知识产权产出质量进一步提高', indicators: [{ name: '万人有效发明专利拥有量' }] }],
  taskGroups: [{ title: '提升创造质量', tasks: [{ number: 1, title: '培育高价值专利' }] }],
  regions: [{ name: '金湖县' }, { name: '银涂镇' }],
  units: [],
  phases: [],
  principles: [],
} as unknown as PlanInput;

describe('a change of the plan in the words of the plan', () => {
  it('names a target, a task and a town by their names, and the field changed, in either language', () => {
    const zh = translate(zhCN);
    expect(describeChangePath('targetGroups[0].indicators[0].target', plan, undefined, zh)).toBe('目标「万人有效发明专利拥有量」 · 目标值');
    expect(describeChangePath('taskGroups[0].tasks[0].responsibility.parties', plan, undefined, zh)).toBe('任务1「培育高价值专利」 · 责任单位');
    expect(describeChangePath('regions[1].aliases', plan, undefined, zh)).toBe('镇街「银涂镇」 · 其他写法');
    expect(describeChangePath('targetGroups[0].indicators[0].target', plan, undefined, translate(en))).toMatch(/^Target “万人有效发明专利拥有量” · /);
  });

  it('shows a removed item by its name, a list of words joined by 、 and nothing as —', () => {
    expect(changeValue({ code: 'satisfaction-score', name: '全社会知识产权满意度', target: 85 })).toBe('全社会知识产权满意度');
    expect(changeValue({ text: '县科技局牵头，县市场监管局配合', parties: [] })).toBe('县科技局牵头，县市场监管局配合');
    expect(changeValue(['形成验收材料', '呈报省知识产权局'])).toBe('形成验收材料、呈报省知识产权局');
    expect(changeValue(42)).toBe('42');
    expect(changeValue(null)).toBe('—');
  });
});
