import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../server/src/database/__tests__/test-database.js';
import { loadConfig } from '@ipcounty/server';
import { exitCodes } from '../exit-codes.js';
import { runCli } from '../__tests__/run-cli.js';

describe('ipcounty indicators', () => {
  let database: TestDatabase;
  let env: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase();
    env = { DATABASE_URL: database.url };
    expect((await runCli(['plan', 'import', loadConfig({}).PLAN_FILE], env)).code).toBe(exitCodes.ok);
  });
  afterAll(async () => database.drop());

  it('prints every target with its name as the plan writes it, value, unit, target and status', async () => {
    const result = await runCli(['indicators', '--as-of', '2025-12-31'], env);
    expect(result.code).toBe(exitCodes.ok);
    expect(result.stdout).toContain('jinhu · 统计监测（截至 2025-12-31）');
    expect(result.stdout).toContain('万人有效发明专利拥有量: ');
    expect(result.stdout).toContain('目标 达到 40 件');
    expect(result.stdout).toContain('商标注册: 0 件 · 目标 不低于 1000 件');
    const json = JSON.parse((await runCli(['indicators', '--as-of', '2025-12-31', '--json'], env)).stdout);
    expect(json.targets).toHaveLength(16);
    expect(json.targets[0]).toMatchObject({ code: 'effective-invention-patents-per-10k', name: '万人有效发明专利拥有量', unit: '件', target: 40 });
  });

  it('splits by region, naming each town', async () => {
    const json = JSON.parse((await runCli(['indicators', '--as-of', '2025-12-31', '--by', 'region', '--json'], env)).stdout);
    const names = json.targets[0].split.map((r: { name: string }) => r.name);
    expect(names).toEqual(expect.arrayContaining(['黎城街道', '银涂镇', '江苏金湖经济开发区']));
    expect((await runCli(['indicators', '--by', 'street'], env)).code).toBe(exitCodes.usage);
  });

  it('records an official value, validated, and shows it beside the indicator', async () => {
    const args = ['indicators', 'official', 'set', '--indicator', 'satisfaction-score', '--as-of', '2025-12-31', '--value', '86.4', '--source', '2025年度金湖县知识产权保护社会满意度调查报告', '--published-on', '2026-03-15'];
    const refused = await runCli([...args.slice(0, 8), '120', ...args.slice(9)], env);
    expect(refused.code, refused.stderr + refused.stdout).toBe(exitCodes.refused);
    expect(refused.stderr).toContain('value');
    const set = await runCli([...args, '--json'], env);
    expect(set.code).toBe(exitCodes.ok);
    expect(JSON.parse(set.stdout).official).toMatchObject({ indicatorKey: 'satisfaction-score', value: 86.4, region: 'jinhu' });
    const shown = await runCli(['indicators', '--as-of', '2026-01-31'], env);
    expect(shown.stdout).toContain('全社会知识产权满意度: 86.4 分');
    const list = JSON.parse((await runCli(['indicators', 'official', 'list', '--json'], env)).stdout);
    expect(list.officialValues).toHaveLength(1);
    expect((await runCli(['indicators', 'official', 'set', '--indicator', 'nope', '--as-of', '2025-12-31', '--value', '1', '--source', 'x', '--published-on', '2026-01-01'], env)).code).toBe(exitCodes.notFound);
  });
});
