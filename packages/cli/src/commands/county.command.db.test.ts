import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadConfig, repositoryRoot } from '@ipcounty/server';
import { createTestDatabase, type TestDatabase } from '../../../server/src/database/__tests__/test-database.js';
import { exitCodes } from '../exit-codes.js';
import { runCli } from '../__tests__/run-cli.js';

/** `ipcounty county add --plan FILE`, `county list` and the provincial pull `province export --as-of DATE`. */
describe('ipcounty county and province', () => {
  let database: TestDatabase;
  let dir: string;
  let env: Record<string, string>;
  const jinhuFile = loadConfig({}).PLAN_FILE;
  const yunhuFile = path.join(repositoryRoot, 'plans/demo-yunhu-2024-2026.yaml');
  const targetsOf = (file: string) =>
    (parseYaml(fs.readFileSync(file, 'utf8')) as { targetGroups: { indicators: unknown[] }[] }).targetGroups.reduce((n, g) => n + g.indicators.length, 0);

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipcounty-cli-county-'));
    env = { DATABASE_URL: database.url };
  });
  afterAll(async () => {
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('adds a county with its plan and its three administrators, whose logins carry the county code', async () => {
    expect((await runCli(['county', 'add', '--plan', jinhuFile], env)).code).toBe(exitCodes.ok);
    const added = await runCli(['county', 'add', '--plan', yunhuFile, '--json'], env);
    expect(added.code).toBe(exitCodes.ok);
    const body = JSON.parse(added.stdout) as { countyId: string; name: string; planCode: string; administrators: { login: string; temporaryPassword: string }[] };
    expect([body.countyId, body.name, body.planCode]).toEqual(['yunhu', '云湖县', 'yunhu-2024-2026']);
    expect(body.administrators.map((a) => a.login)).toEqual(['admin.yunhu', 'secadmin.yunhu', 'auditor.yunhu']);
    expect(body.administrators.every((a) => a.temporaryPassword.length >= 12)).toBe(true);
    const list = await runCli(['county', 'list', '--json'], env);
    expect(JSON.parse(list.stdout)).toEqual({
      counties: [
        { countyId: 'jinhu', name: '金湖县', nameEn: 'Jinhu County' },
        { countyId: 'yunhu', name: '云湖县', nameEn: 'Yunhu County (demo)' },
      ],
    });
    // One language at a time: the counties by their Chinese names, or by their English ones with --lang en.
    expect((await runCli(['county', 'list'], env)).stdout).toMatch(/jinhu\s+金湖县\nyunhu\s+云湖县/);
    const english = (await runCli(['county', 'list', '--lang', 'en'], env)).stdout;
    expect(english).toMatch(/jinhu\s+Jinhu County\nyunhu\s+Yunhu County \(demo\)/);
    expect(english).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses adding a county already loaded (its revision is plan import), and changes nothing', async () => {
    const again = await runCli(['county', 'add', '--plan', yunhuFile, '--json'], env);
    expect(again.code).not.toBe(exitCodes.ok);
    expect(JSON.parse(again.stdout).error.code).toBe('county_exists');
    expect(JSON.parse((await runCli(['county', 'list', '--json'], env)).stdout).counties).toHaveLength(2);
  });

  it("writes every county's figures into one workbook at the date asked for", async () => {
    const out = path.join(dir, 'province.xlsx');
    const result = await runCli(['province', 'export', '--as-of', '2026-11-28', '--out', out, '--json'], env);
    expect(result.code).toBe(exitCodes.ok);
    expect(JSON.parse(result.stdout)).toMatchObject({ file: out, asOf: '2026-11-28', counties: 2 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const overview = workbook.getWorksheet('各县对比 2026-11-28')!;
    expect([2, 3].map((r) => overview.getRow(r).getCell(2).value)).toEqual(['jinhu', 'yunhu']);
    // Every target of both plans, one row each (16 in Jinhu's plan), under a header row.
    const targets = workbook.getWorksheet('各县全部目标')!;
    expect(targets.actualRowCount - 1).toBe(targetsOf(jinhuFile) + targetsOf(yunhuFile));
  });

  it('writes the workbook in English with --lang en: headers, sheets and county names', async () => {
    const out = path.join(dir, 'province-en.xlsx');
    expect((await runCli(['province', 'export', '--as-of', '2026-11-28', '--out', out, '--lang', 'en'], env)).code).toBe(exitCodes.ok);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const overview = workbook.worksheets[0]!;
    expect(overview.name).toBe('Counties 2026-11-28');
    expect(overview.getRow(1).getCell(1).value).toBe('County');
    expect([2, 3].map((r) => overview.getRow(r).getCell(1).value)).toEqual(['Jinhu County', 'Yunhu County (demo)']);
    expect(workbook.worksheets.map((w) => w.name).filter((n) => /[\u4e00-\u9fff]/.test(n))).toEqual([]);
    const targets = workbook.getWorksheet('All targets')!;
    expect(targets.getRow(2).getCell(1).value).toBe('Jinhu County');
  });

  it('refuses a date that does not exist as a wrong command line (exit 2)', async () => {
    const result = await runCli(['province', 'export', '--as-of', '2026-02-30', '--out', path.join(dir, 'x.xlsx')], env);
    expect(result.code).toBe(exitCodes.usage);
    expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  });
});
