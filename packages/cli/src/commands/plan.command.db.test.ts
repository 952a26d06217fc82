import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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

  it('answers a missing file with exit code 4 and a wrong command line with 2', async () => {
    expect((await runCli(['plan', 'import', path.join(dir, 'nope.yaml')], env)).code).toBe(exitCodes.notFound);
    expect((await runCli(['plan', 'frobnicate'], env)).code).toBe(exitCodes.usage);
    expect((await runCli(['plan', 'import'], env)).code).toBe(exitCodes.usage);
  });
});
