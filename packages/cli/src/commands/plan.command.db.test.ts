import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadConfig } from '@ipcounty/server';
import { createTestDatabase, type TestDatabase } from '../../../server/src/database/__tests__/test-database.js';
import { exitCodes } from '../exit-codes.js';
import { runCli } from '../__tests__/run-cli.js';

describe('ipcounty plan', () => {
  let database: TestDatabase;
  let dir: string;
  let env: Record<string, string>;
  const jinhuFile = loadConfig({}).PLAN_FILE;

  beforeAll(async () => {
    database = await createTestDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipcounty-cli-'));
    env = { DATABASE_URL: database.url };
  });
  afterAll(async () => {
    await database.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('validates the Jinhu plan file and counts its targets and tasks', async () => {
    const result = await runCli(['plan', 'validate', jinhuFile, '--json'], env);
    expect(result.code).toBe(exitCodes.ok);
    expect(JSON.parse(result.stdout)).toEqual({ ok: true, plan: 'jinhu-2024-2026', targets: 16, tasks: 21 });
  });

  it('refuses a malformed file with exit code 3, naming the field, and loads nothing', async () => {
    const plan = parseYaml(fs.readFileSync(jinhuFile, 'utf8')) as { taskGroups: { tasks: { title?: string }[] }[] };
    delete plan.taskGroups[2]!.tasks[0]!.title;
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, JSON.stringify(plan));
    const result = await runCli(['plan', 'import', broken], env);
    expect(result.code).toBe(exitCodes.refused);
    expect(result.stderr).toContain('taskGroups[2].tasks[0].title');
    const revisions = await runCli(['plan', 'revisions', '--json'], env);
    expect(revisions.code).toBe(exitCodes.refused);
  });

  it('refuses a file that is not YAML at all, saying where', async () => {
    const bad = path.join(dir, 'bad.yaml');
    fs.writeFileSync(bad, 'code: [unclosed\n  title: x\n');
    const result = await runCli(['plan', 'import', bad, '--json'], env);
    expect(result.code).toBe(exitCodes.refused);
    expect(JSON.parse(result.stdout).error.details[0].message).toMatch(/cannot be read/);
  });

  it('imports, reports the revision, exports the same plan and lists revisions', async () => {
    const first = await runCli(['plan', 'import', jinhuFile, '--json'], env);
    expect(first.code).toBe(exitCodes.ok);
    expect(JSON.parse(first.stdout)).toMatchObject({ countyId: 'jinhu', revision: 1, changed: true });

    const out = path.join(dir, 'export.json');
    expect((await runCli(['plan', 'export', '--out', out], env)).code).toBe(exitCodes.ok);
    const again = await runCli(['plan', 'import', out, '--json'], env);
    expect(JSON.parse(again.stdout)).toMatchObject({ revision: 1, changed: false });

    const revisions = await runCli(['plan', 'revisions', '--json'], env);
    const listed = JSON.parse(revisions.stdout).revisions;
    expect(listed).toHaveLength(1);
    expect(listed[0].by).toMatch(/^cli:/);
  });

  const seed = fileURLToPath(new URL('../../../../plans/sources/jinhu-2024-2026.txt', import.meta.url));

  it('parse --json reads the seed document into the plan in force, doubting nothing, listing 4 unread passages and storing nothing', async () => {
    const result = await runCli(['plan', 'parse', seed, '--json'], env);
    expect(result.code).toBe(exitCodes.ok);
    const { plan, doubts, unread } = JSON.parse(result.stdout);
    const exported = JSON.parse((await runCli(['plan', 'export'], env)).stdout);
    expect(plan).toEqual(exported);
    expect(doubts).toEqual([]);
    expect(unread.map((p: { text: string }) => p.text.slice(0, 6))).toEqual(['各镇人民政府', '《金湖县国家', '（此件公开发', '为认真贯彻党']);
    // Nothing is stored: still revision 1.
    expect(JSON.parse((await runCli(['plan', 'revisions', '--json'], env)).stdout).revisions).toHaveLength(1);
  });

  it('parse reads a .docx whose units are in a table, against the county unit list, and names what it doubts', async () => {
    const row = (cells: string[]) => new TableRow({ children: cells.map((text) => new TableCell({ children: [new Paragraph(text)] })) });
    const docx = path.join(dir, '宣传方案.docx');
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph('金湖县知识产权宣传工作方案（2025—2026年）'),
            new Paragraph('一、工作任务'),
            new Paragraph('1. 开展宣传周活动。每年四月集中宣传。'),
            new Paragraph('2. 建设公共服务网点。'),
            new Table({ rows: [row(['序号', '工作任务', '牵头单位', '配合单位']), row(['1', '开展宣传周活动', '县委宣传部', '县档案馆、各镇街']), row(['2', '建设公共服务网点', '县市场监管局', ''])] }),
            new Paragraph('三、附则'),
          ],
        },
      ],
    });
    fs.writeFileSync(docx, await Packer.toBuffer(document));
    const result = await runCli(['plan', 'parse', docx, '--json'], env);
    expect(result.code).toBe(exitCodes.ok);
    const { plan, doubts, unread } = JSON.parse(result.stdout);
    expect(plan.period).toEqual({ startYear: 2025, endYear: 2026 });
    const archive = plan.units.find((u: { name: string }) => u.name === '县档案馆');
    expect(plan.taskGroups[0].tasks.map((t: { responsibility: { parties: unknown } }) => t.responsibility.parties)).toEqual([
      [
        { ref: 'publicity-department', role: 'lead' },
        { ref: archive.code, role: 'co-operating' },
        { ref: 'towns-and-streets', role: 'co-operating' },
      ],
      [{ ref: 'market-supervision', role: 'lead' }],
    ]);
    expect(doubts).toContainEqual(expect.objectContaining({ path: 'taskGroups[0].tasks[0]', unsure: [{ code: 'unknown-unit', name: '县档案馆' }] }));
    expect(unread.map((p: { text: string; reason: string }) => [p.text, p.reason])).toEqual([['三、附则', 'unrecognised']]);
  });

  it('parse prints a summary in the language asked for, and a missing document exits 4', async () => {
    const result = await runCli(['plan', 'parse', seed, '--lang', 'en'], env);
    expect(result.code).toBe(exitCodes.ok);
    expect(result.stdout).toContain('金湖县国家知识产权强县建设试点县工作方案（2024—2026年） — 16 targets, 21 tasks, 4 phases');
    expect(result.stdout).toContain('unread (outside the plan model): （此件公开发布）');
    const missing = await runCli(['plan', 'parse', path.join(dir, 'nope.docx'), '--lang', 'en'], env);
    expect(missing.code).toBe(exitCodes.notFound);
    expect(missing.stderr).toContain('File not found');
  });

  it('answers a missing file with exit code 4 and a wrong command line with 2', async () => {
    expect((await runCli(['plan', 'import', path.join(dir, 'nope.yaml')], env)).code).toBe(exitCodes.notFound);
    expect((await runCli(['plan', 'frobnicate'], env)).code).toBe(exitCodes.usage);
    expect((await runCli(['plan', 'import'], env)).code).toBe(exitCodes.usage);
  });
});
