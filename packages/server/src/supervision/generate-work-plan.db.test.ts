import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { as } from './__tests__/supervision-fixture.js';

interface Item {
  id: string;
  taskNumber: number;
  title: string;
  leadUnit?: string;
  cooperatingUnits: string[];
  deadline: string;
  content?: string;
  servesTargets: string[];
}

/**
 * 按方案生成 on the Jinhu plan (21 tasks in 七 groups). The plan names every party 责任单位 without
 * a 牵头; the first unit it names leads, as in the self-check. A group (开发区、各镇街) stands for its
 * members in the plan's order.
 */
describe('按方案生成: the year’s work plan drafted from the plan’s tasks', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp({ now: '2026-01-05T10:00:00+08:00' })));
  afterAll(async () => t.close());

  const items = async (): Promise<Item[]> => (await as(t, 'office', 'GET', '/api/supervision/work-plan?year=2026')).json().items;

  it('makes one item per plan task, 21 in all, due at the year’s end with the task’s text as the content', async () => {
    const response = await as(t, 'office', 'POST', '/api/supervision/work-plan/generate', { year: 2026 });
    expect(response.statusCode).toBe(200);
    expect(response.json().created).toHaveLength(21);
    const all = await items();
    expect(all.map((i) => i.taskNumber).sort((a, b) => a - b)).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(new Set(all.map((i) => i.deadline))).toEqual(new Set(['2026-12-31']));
    const t4 = all.find((i) => i.taskNumber === 4)!;
    expect(t4.title).toBe('健全知识产权保护机制');
    expect(t4.content).toMatch(/^健全知识产权保护机制。贯彻落实《关于强化知识产权保护的实施意见》/);
  });

  it('gives each item the plan’s units: the first named leads, the others co-operate, a group by its members', async () => {
    const all = await items();
    const t4 = all.find((i) => i.taskNumber === 4)!;
    expect([t4.leadUnit, t4.cooperatingUnits]).toEqual([
      'publicity-department',
      ['political-legal-commission', 'court', 'procuratorate', 'public-security', 'justice', 'market-supervision', 'culture-tourism'],
    ]);
    // 6 adds 商务局 between 司法局 and 市场监管局.
    expect(all.find((i) => i.taskNumber === 6)!.cooperatingUnits).toContain('commerce');
    const t20 = all.find((i) => i.taskNumber === 20)!;
    expect([t20.leadUnit, t20.cooperatingUnits]).toEqual([
      'development-zone',
      ['licheng', 'jinbei', 'dailou', 'yintu', 'taji', 'qianfeng', 'lyuliang', 'jinnan', 'organization-department', 'publicity-department', 'human-resources', 'market-supervision'],
    ]);
  });

  it('links each item to the targets of its theme: 人才培训 to the talent targets, 管理体系 to none', async () => {
    const all = await items();
    expect(all.find((i) => i.taskNumber === 20)!.servesTargets).toEqual(['new-high-level-talent', 'introduced-professionals', 'training-participants']);
    expect(all.find((i) => i.taskNumber === 1)!.servesTargets).toEqual([]);
  });

  it('only fills the gaps when run again, leaves the office’s edits alone, and is the office’s alone', async () => {
    const t4 = (await items()).find((i) => i.taskNumber === 4)!;
    await as(t, 'office', 'DELETE', `/api/supervision/work-items/${t4.id}`);
    const again = await as(t, 'office', 'POST', '/api/supervision/work-plan/generate', { year: 2026 });
    expect(again.json().created).toEqual(['2026-t4-1']);
    expect((await as(t, 'office', 'POST', '/api/supervision/work-plan/generate', { year: 2026 })).json().created).toEqual([]);
    expect(await items()).toHaveLength(21);
    expect((await as(t, 'licheng', 'POST', '/api/supervision/work-plan/generate', { year: 2026 })).statusCode).toBe(403);
    expect((await as(t, 'office', 'POST', '/api/supervision/work-plan/generate', { year: 2030 })).statusCode).toBe(422);
  });
});
