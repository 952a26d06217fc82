import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@ipcounty/server';
import { createTestDatabase, type TestDatabase } from '../../../server/src/database/__tests__/test-database.js';
import { exitCodes } from '../exit-codes.js';
import { runCli } from './run-cli.js';

/** The README's promise to scripts: 0 done · 1 unexpected failure · 2 wrong command line · 3 input refused · 4 not found. */
describe('ipcounty exit codes', () => {
  let database: TestDatabase;
  let dir: string;
  let env: Record<string, string>;
  const planFile = loadConfig({}).PLAN_FILE;

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipcounty-exit-'));
    env = { DATABASE_URL: database.url, LANG: 'zh_CN.UTF-8' };
    expect((await runCli(['plan', 'import', planFile], env)).code).toBe(exitCodes.ok);
  });
  afterAll(async () => {
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('0: done, and for --help and --version', async () => {
    expect((await runCli(['plan', 'validate', planFile], env)).code).toBe(0);
    expect((await runCli(['indicators', '--as-of', '2025-12-31'], env)).code).toBe(0);
    expect((await runCli(['--help'], env)).code).toBe(0);
    expect((await runCli(['--version'], env)).code).toBe(0);
  });

  it('1: an unexpected failure, such as a database that does not answer', async () => {
    const unreachable = await runCli(['plan', 'revisions'], { ...env, DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nothing' });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toContain('ipcounty：意外错误：');
  });

  it.each([
    ['a date that is no day of the calendar', ['indicators', '--as-of', '2026-02-30'], '--as-of 应为日期 YYYY-MM-DD，而不是“2026-02-30”'],
    ['a date in another format', ['indicators', '--as-of', '31.12.2025'], '--as-of 应为日期 YYYY-MM-DD'],
    ['--by town, which is no split', ['indicators', '--by', 'town'], '--by 只能是 region、industry、enterprise，而不是“town”'],
    ['a number that is not one', ['indicators', '--top', 'ten'], '--top 应为数字，而不是“ten”'],
    ['an unknown option', ['indicators', '--bogus'], '未知选项 --bogus'],
    ['an unknown command', ['plans'], '未知命令 plans'],
    ['a missing argument', ['plan', 'validate'], '缺少参数 file'],
    ['a missing required option', ['acceptance', 'package'], '缺少必填选项 --out <dir>'],
    ['an unknown register kind', ['import', 'inventions', 'x.csv'], '未知的种类“inventions”'],
    ['a row limit below one', ['import', 'patents', 'x.csv', '--max-rows', '0'], '--max-rows 应为正整数'],
    ['an audit head that is no SEQ:HASH', ['audit', 'verify', '--head', 'latest'], '--head 的格式为 序号:哈希'],
    ['a language the CLI does not speak', ['indicators', '--lang', 'fr'], '不支持的语言 "fr"'],
  ])('2: a wrong command line: %s', async (_case, args, message) => {
    const result = await runCli(args, env);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('2 comes before anything is read or changed: a bad date with an official value records nothing', async () => {
    const args = ['indicators', 'official', 'set', '--indicator', 'satisfaction-score', '--as-of', '2025-12-32', '--value', '86', '--source', '满意度调查报告', '--published-on', '2026-03-15'];
    expect((await runCli(args, env)).code).toBe(2);
    expect(JSON.parse((await runCli(['indicators', 'official', 'list', '--json'], env)).stdout).officialValues).toEqual([]);
  });

  it('3: the input was refused and nothing changed', async () => {
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, JSON.stringify({ code: 'x' }));
    const plan = await runCli(['plan', 'import', broken], env);
    expect(plan.code).toBe(3);
    expect(plan.stderr).toContain('方案文件无效');
    const value = await runCli(['indicators', 'official', 'set', '--indicator', 'satisfaction-score', '--as-of', '2025-12-31', '--value', '120', '--source', '满意度调查报告', '--published-on', '2026-03-15'], env);
    expect(value.code).toBe(3);
    expect(value.stderr).toContain('官方发布值无效');
  });

  it('4: what was asked for does not exist', async () => {
    const account = await runCli(['accounts', 'reset-password', 'nobody'], env);
    expect(account.code).toBe(4);
    expect(account.stderr).toContain('没有登录名为 nobody 的账户');
    const file = await runCli(['import', 'patents', path.join(dir, 'missing.csv')], env);
    expect(file.code).toBe(4);
    expect(file.stderr).toContain('文件不存在');
  });

  it('words the same refusals in English with --lang en or an English LANG', async () => {
    const flag = await runCli(['indicators', '--by', 'town', '--lang', 'en'], env);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--by must be region, industry, enterprise, not "town"');
    const locale = await runCli(['accounts', 'reset-password', 'nobody'], { ...env, LANG: 'en_US.UTF-8' });
    expect(locale.code).toBe(4);
    expect(locale.stderr).toContain('No account with login nobody');
    const unknown = await runCli(['indicators', '--bogus'], { ...env, LANG: 'en_US.UTF-8' });
    expect(unknown.stderr).toContain("unknown option '--bogus'");
  });
});
