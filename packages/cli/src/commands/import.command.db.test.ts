import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@ipcounty/server';
import { createTestDatabase, type TestDatabase } from '../../../server/src/database/__tests__/test-database.js';
import { exitCodes } from '../exit-codes.js';
import { runCli } from '../__tests__/run-cli.js';

const header = '申请号,申请日,授权公告日,发明名称,申请人,申请人地址\r\n';
const good = `${header}202310123456.6,2023-01-05,2024-03-15,一种装置,金湖甲公司,江苏省淮安市金湖县黎城街道1号\r\n`;

describe('ipcounty import and ipcounty demo', () => {
  let database: TestDatabase;
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipcounty-cli-import-'));
    env = { DATABASE_URL: database.url };
    expect((await runCli(['plan', 'import', loadConfig({}).PLAN_FILE], env)).code).toBe(exitCodes.ok);
  });
  afterAll(async () => {
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const file = (name: string, content: string) => {
    const target = path.join(dir, name);
    fs.writeFileSync(target, content);
    return target;
  };

  it('imports a file, reporting the counts and the progress on stderr, and changes nothing the second time', async () => {
    const target = file('p.csv', good);
    const first = await runCli(['import', 'patents', target, '--json'], env);
    expect(first.code).toBe(exitCodes.ok);
    expect(JSON.parse(first.stdout)).toMatchObject({ status: 'committed', kind: 'patents', fileName: 'p.csv', records: 1, inserted: 1 });
    expect(first.stderr).toContain('p.csv 读取并检查');
    expect(first.stderr).toContain('p.csv 完成');
    const second = await runCli(['import', 'patents', target], env);
    expect(second.code).toBe(exitCodes.ok);
    expect(second.stdout).toContain('读取 1 行，1 条记录：新增 0，更改 0，未变 1');
    const english = await runCli(['import', 'patents', target, '--lang', 'en'], env);
    expect(english.stdout).toContain('1 rows read, 1 records: 0 new, 0 changed, 1 unchanged');
    expect(english.stderr).toContain('p.csv reading');
  });

  it('refuses a bad file with exit code 3 and every problem, and honours --max-rows', async () => {
    const bad = await runCli(['import', 'patents', file('bad.csv', `${header}202310123456.7,2023-02-30,,x,y,z\r\n`)], env);
    expect(bad.code).toBe(exitCodes.refused);
    expect(bad.stderr).toContain('导入被拒绝，未做任何更改');
    expect(bad.stderr).toContain('第 2 行: 申请日: 日期“2023-02-30”无效');
    expect(bad.stderr).toContain('第 2 行: 申请号:');
    const tooMany = await runCli(['import', 'patents', file('two.csv', good + good.split('\r\n')[1]!.replace('456.6', '457.0') + '\r\n'), '--max-rows', '1', '--json'], env);
    expect(tooMany.code).toBe(exitCodes.refused);
    expect(JSON.parse(tooMany.stdout).message.en).toContain('more than 1 data rows');
  });

  it('pauses a CNIPA export with no grant (exit 3, nothing written) until --confirm, dating its statuses by --export-date', async () => {
    const cnipa = file('cnipa.csv', '申请号,申请日,公开（公告）号,公开（公告）日,申请（专利权）人,地址,名称,专利权状态\r\nCN202310123460.2,2023.01.05,CN116000009A,2023.04.07,金湖丁公司,江苏省淮安市金湖县黎城街道2号,一种阀门,在审\r\n');
    const paused = await runCli(['import', 'patents', cnipa, '--export-date', '2025-06-30'], env);
    expect(paused.code).toBe(exitCodes.refused);
    expect(paused.stderr).toContain('导入已暂停，未做任何更改');
    expect(paused.stderr).not.toMatch(/[A-Za-z]{4,} [a-z]{3,}/);
    const confirmed = await runCli(['import', 'patents', cnipa, '--export-date', '2025-06-30', '--confirm', '--json'], env);
    expect(confirmed.code).toBe(exitCodes.ok);
    expect(JSON.parse(confirmed.stdout)).toMatchObject({ status: 'committed', exportDate: '2025-06-30', granted: 0, inserted: 1 });
    expect((await runCli(['import', 'patents', cnipa, '--export-date', '30.6.2025'], env)).code).toBe(exitCodes.usage);
  });

  it('writes a template, says what kinds there are, and rejects an unknown kind', async () => {
    const layout = path.join(dir, 'cnipa-template.xlsx');
    expect((await runCli(['import', 'template', 'patents', '--layout', 'cnipa', '--out', layout], env)).code).toBe(exitCodes.ok);
    expect(fs.readFileSync(layout).subarray(0, 2).toString('latin1')).toBe('PK');
    const out = path.join(dir, 'population.xlsx');
    expect((await runCli(['import', 'template', 'population', '--out', out], env)).code).toBe(exitCodes.ok);
    expect(fs.readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');
    const unknown = await runCli(['import', 'inventions', 'x.csv'], env);
    expect(unknown.code).toBe(exitCodes.usage);
    expect(unknown.stderr).toContain('未知的种类“inventions”');
    expect(unknown.stderr).toContain('legal-events');
  });

  it('loads and removes the demo data', async () => {
    const status = await runCli(['demo', 'status', '--json'], env);
    expect(JSON.parse(status.stdout)).toMatchObject({ present: false });
    const removed = await runCli(['demo', 'remove', '--json'], env);
    expect(JSON.parse(removed.stdout)).toEqual({ removed: 0 });
  });
});
