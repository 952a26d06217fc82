import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { phaseName } from './phase-name.js';
import { translate } from './translate.js';
import { zhCN } from './zh-CN.js';

describe('phaseName', () => {
  const tEn = (key: Parameters<typeof translate>[1]) => translate(en, key);
  const tZh = (key: Parameters<typeof translate>[1]) => translate(zhCN, key);

  it('names a usual phase by its code in English', () => {
    expect(phaseName({ code: 'acceptance', name: '验收总结阶段' }, 'en', tEn)).toBe('Acceptance phase');
    expect(phaseName({ code: 'start', name: '启动部署阶段' }, 'en', tEn)).toBe('Start-up phase');
  });

  it("keeps the plan's own name in Chinese, and for a phase of the county's own in English", () => {
    expect(phaseName({ code: 'acceptance', name: '验收总结阶段' }, 'zh-CN', tZh)).toBe('验收总结阶段');
    expect(phaseName({ code: 'phase-5', name: '巩固提升阶段' }, 'en', tEn)).toBe('巩固提升阶段');
  });
});
