import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@ipcounty/server';
import { createTestDatabase, type TestDatabase } from '../../../server/src/database/__tests__/test-database.js';
import { exitCodes } from '../exit-codes.js';
import { runCli } from '../__tests__/run-cli.js';

const marks = '注册号,商标名称,商标类型,地理标志,国际分类,申请人,申请人地址,注册日\r\n68000001,金湖大米,证明商标,是,30；31,金湖县粮食行业协会,江苏省淮安市金湖县黎城街道1号,2023-11-06\r\n';

async function firstSheet(file: string) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const sheet = book.worksheets[0]!;
  const row = (n: number) => Array.from({ length: sheet.columnCount }, (_, j) => sheet.getRow(n).getCell(j + 1).text);
  return { name: sheet.name, headers: row(1), first: row(2) };
}

/** `ipcounty export KIND`: the web's register export, written in the CLI's language (--lang, else LANG, else Chinese). */
describe('ipcounty export', () => {
  let database: TestDatabase;
  let dir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipcounty-cli-export-'));
    env = { DATABASE_URL: database.url, LANG: 'zh_CN.UTF-8' };
    expect((await runCli(['plan', 'import', loadConfig({}).PLAN_FILE], env)).code).toBe(exitCodes.ok);
    fs.writeFileSync(path.join(dir, 'marks.csv'), marks);
    const imported = await runCli(['import', 'trademarks', path.join(dir, 'marks.csv')], env);
    expect(imported.code, imported.stdout + imported.stderr).toBe(exitCodes.ok);
  });
  afterAll(async () => {
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('writes the register in Chinese by default: 商标清单, the template’s headers, 证明商标, 是', async () => {
    const out = path.join(dir, 'zh.xlsx');
    const result = await runCli(['export', 'trademarks', '--out', out], env);
    expect(result.code, result.stderr).toBe(exitCodes.ok);
    expect(result.stdout).toContain('条记录');
    const sheet = await firstSheet(out);
    expect(sheet.name).toBe('商标清单');
    expect(sheet.headers.slice(0, 4)).toEqual(['注册号', '商标名称', '商标类型', '地理标志']);
    expect(sheet.first.slice(0, 4)).toEqual(['68000001', '金湖大米', '证明商标', '是']);
  });

  it('writes it in English with --lang en or an English LANG: Trademarks, English headers, Certification mark, Yes', async () => {
    for (const [args, extra] of [[['--lang', 'en'], {}], [[], { LANG: 'en_US.UTF-8' }]] as const) {
      const out = path.join(dir, `en-${args.length}.xlsx`);
      const result = await runCli(['export', 'trademarks', '--out', out, ...args], { ...env, ...extra });
      expect(result.code, result.stderr).toBe(exitCodes.ok);
      expect(result.stdout).toContain('records');
      const sheet = await firstSheet(out);
      expect(sheet.name).toBe('Trademarks');
      expect(sheet.headers.slice(0, 4)).toEqual(['Registration number', 'Mark', 'Kind', 'Geographical indication']);
      expect(sheet.first.slice(2, 4)).toEqual(['Certification mark', 'Yes']);
    }
  });

  it('refuses a kind that is neither a register nor a ledger as a wrong command line', async () => {
    const result = await runCli(['export', 'inventions'], env);
    expect(result.code).toBe(exitCodes.usage);
    expect(result.stderr).toContain('未知的台账种类“inventions”');
  });
});
