import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditTrailFromConfig, loadConfig, loadDemoData, prepareInstallationKeys, repositoryRoot, systemActor, systemClock, type DatabaseHandle } from '@ipcounty/server';
import { seedAccount } from '../../server/src/accounts/__tests__/seed-accounts.js';
import { createTestDatabase, type TestDatabase } from '../../server/src/database/__tests__/test-database.js';
import { runCli, type CliResult } from './__tests__/run-cli.js';
import { exitCodes } from './exit-codes.js';
import { buildProgram } from './main.js';

/**
 * The county isolation suite of the command line (DJ-AC-01 数据范围 across counties), beside the
 * HTTP one (`server/src/http/county-matrix.db.test.ts`).
 *
 * "A user of county A" at the command line is an account of A named with `--as LOGIN`: the
 * command line then acts exactly as that account does on the web, in its own county with its
 * roles' permissions (cli/src/operator.ts). Without `--as`, the operator of the server owns the
 * installation and reaches every county, as the installation's administrator does.
 *
 * Here A is 云湖 (a county added after the first, so its system administrator is not the
 * installation's) and B is 金湖, the installation's own county with demo registers, accounts, an
 * official value and its audit chain. Each of A's accounts runs every command that takes a county,
 * found by walking the command tree: by `--county jinhu` (every command with the option, tried
 * automatically), by an id of B's (a login, an official value), by a file naming B (B's plan), and
 * the commands that read or replace every county at once. Every run must be refused, print
 * nothing of B's, and leave every row of B's, in every table with a county key, as it was.
 */

const A = 'yunhu';
const B = 'jinhu';
const accountsOfA = ['admin.yunhu', 'auditor.yunhu', 'office.yunhu', 'province.yunhu'] as const;

/** How a command reaches county data; every command of the tree must be listed here. */
type Reach =
  /** Names the county with `--county` (tried automatically), and perhaps by id or body as well. */
  | 'county-option'
  /** Names a county in the file it reads (a plan). */
  | 'body'
  /** Reads or replaces every county at once (backup, restore, the provincial pull, the server). */
  | 'installation'
  /** Lists the counties: an account sees its own (a provincial office its province), never another's. */
  | 'lists'
  /** Reads no county's data and writes none (checks a file, writes a blank template). */
  | 'none';

interface Fixture {
  dir: string;
  officialId: string;
  importFile: string;
  document: string;
}

interface Classified {
  reach: Reach;
  /** The arguments every run of the command needs besides `--county` (required options, a file). */
  needs?: (f: Fixture) => string[];
  /** Further tries at B: by id, by body, or the whole installation. */
  tries?: (f: Fixture) => string[][];
}

/** What only 金湖's data holds: its name in both languages, its official value's source. */
const marksOfB = ['金湖', 'Jinhu', '商标统计年报'];
const jinhuPlan = path.join(repositoryRoot, 'plans/jinhu-2024-2026.yaml');
const officialArgs = ['--indicator', 'trademark-registrations', '--as-of', '2025-12-31', '--value', '12', '--source', '被改', '--published-on', '2026-03-15'];

const commands: Record<string, Classified> = {
  'plan validate': { reach: 'none' },
  'plan import': { reach: 'body', tries: () => [['plan', 'import', jinhuPlan]] },
  'plan parse': { reach: 'county-option', needs: (f) => [f.document] },
  'plan export': { reach: 'county-option' },
  'plan revisions': { reach: 'county-option' },
  backup: { reach: 'installation', tries: (f) => [['backup', '--out', path.join(f.dir, 'all-counties.sqlite')]] },
  restore: { reach: 'installation', tries: (f) => [['restore', path.join(f.dir, 'no-such-backup.sqlite')]] },
  'audit verify': { reach: 'county-option' },
  'accounts reset-password': { reach: 'body', tries: () => [['accounts', 'reset-password', 'admin.jinhu'], ['accounts', 'reset-password', 'secadmin.jinhu']] },
  indicators: { reach: 'county-option' },
  'indicators official set': { reach: 'county-option', needs: () => officialArgs },
  'indicators official list': { reach: 'county-option' },
  'indicators official delete': {
    reach: 'county-option',
    needs: (f) => [f.officialId, '--indicator', 'trademark-registrations'],
    // By id alone: B's value does not exist in A.
    tries: (f) => [['indicators', 'official', 'delete', f.officialId, '--indicator', 'trademark-registrations']],
  },
  'supervision run': { reach: 'county-option' },
  import: { reach: 'county-option', needs: (f) => ['patents', f.importFile] },
  serve: { reach: 'installation', tries: () => [['serve']] },
  'demo load': { reach: 'county-option' },
  'demo remove': { reach: 'county-option' },
  'demo status': { reach: 'county-option' },
  'acceptance package': { reach: 'county-option', needs: (f) => ['--out', path.join(f.dir, 'acceptance')] },
  'reports generate': { reach: 'county-option', needs: () => ['--period', '2026-Q3'] },
  'county add': { reach: 'body', tries: () => [['county', 'add', '--plan', jinhuPlan]] },
  'county list': { reach: 'lists', tries: () => [['county', 'list']] },
  'province export': { reach: 'installation', tries: (f) => [['province', 'export', '--out', path.join(f.dir, 'province.xlsx')]] },
  export: { reach: 'county-option', needs: (f) => ['trademarks', '--out', path.join(f.dir, 'export.xlsx')] },
};

interface Leaf {
  name: string;
  path: string[];
  options: string[];
}

/** Every command that runs something: the leaves of the tree, and a group with options of its own (`indicators`). */
function leaves(command: Command, at: string[] = []): Leaf[] {
  const here = { name: at.join(' '), path: at, options: command.options.map((o) => o.long ?? '') };
  const own = here.options.filter((o) => o !== '--lang' && o !== '--as');
  const children = command.commands.flatMap((child) => leaves(child, [...at, child.name()]));
  return at.length > 0 && (command.commands.length === 0 || own.length > 0) ? [here, ...children] : children;
}

/** Every row of county B in every table with a county key, as text: compared before and after. */
async function rowsOf(handle: DatabaseHandle, countyId: string): Promise<Record<string, string>> {
  const tables = await handle.db.introspection.getTables();
  const rows: Record<string, string> = {};
  for (const table of tables.filter((t) => t.columns.some((c) => c.name === 'county_id')).sort((x, y) => x.name.localeCompare(y.name))) {
    const found = await handle.db.selectFrom(table.name as 'users').selectAll().where('county_id', '=', countyId).execute();
    rows[table.name] = JSON.stringify(found.map((r) => JSON.stringify(r)).sort());
  }
  return rows;
}

/** The refusals a command without --json words in English (runs here are --lang en), by their code. */
const wordedRefusals: [RegExp, string][] = [
  [/^Unknown county/, 'unknown_county'],
  [/^This belongs to the whole installation/, 'forbidden.installation-operator'],
  [/^You do not have permission/, 'forbidden'],
];

/** What a refused run answered: its error code (and variant), from --json where the command has it, else from its words. */
const refusal = (result: CliResult): string => {
  const json = result.stdout.trim().startsWith('{') ? (JSON.parse(result.stdout) as { error?: { code?: string; params?: { variant?: string } } }) : undefined;
  const code = json?.error?.code;
  if (code) return `${code}${json.error?.params?.variant ? `.${json.error.params.variant}` : ''}`;
  const worded = wordedRefusals.find(([words]) => words.test(result.stderr.trim()));
  return worded ? worded[1] : `exit ${result.code}: ${result.stderr.trim().slice(0, 80)}`;
};

describe('the county × command line matrix', () => {
  let database: TestDatabase;
  let env: Record<string, string>;
  let fixture: Fixture;
  let tree: Leaf[];
  const asOperator = (args: string[]) => runCli(args, env);

  beforeAll(async () => {
    database = await createTestDatabase();
    env = { DATABASE_URL: database.url };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipcounty-cli-isolation-'));
    expect((await asOperator(['county', 'add', '--plan', jinhuPlan])).code).toBe(exitCodes.ok);
    expect((await asOperator(['county', 'add', '--plan', path.join(repositoryRoot, 'plans/demo-yunhu-2024-2026.yaml')])).code).toBe(exitCodes.ok);
    // B's registers and an official value, written as the CLI writes them (the same keyed audit chain).
    const config = prepareInstallationKeys(loadConfig({ ...process.env, DATABASE_URL: database.url })).config;
    const audit = auditTrailFromConfig(config, systemClock);
    await loadDemoData({ handle: database.handle, audit, clock: systemClock, actor: systemActor, countyId: B, scale: 0.01 });
    const official = await asOperator(['indicators', 'official', 'set', ...officialArgs.map((a) => (a === '12' ? '86.4' : a === '被改' ? '商标统计年报' : a)), '--county', B, '--json']);
    expect(official.code, official.stderr).toBe(exitCodes.ok);
    const ctx = { handle: database.handle, clock: systemClock };
    await seedAccount(ctx, { login: 'office.yunhu', roles: ['program-office'], countyId: A });
    await seedAccount(ctx, { login: 'province.yunhu', roles: ['provincial'], countyId: A });
    const importFile = path.join(dir, 'patents.xlsx');
    expect((await asOperator(['import', 'template', 'patents', '--out', importFile])).code).toBe(exitCodes.ok);
    const document = path.join(dir, 'plan.txt');
    fs.writeFileSync(document, '金湖县知识产权强县建设工作方案\n一、主要目标\n到2026年，万人有效发明专利拥有量达到40件。\n');
    fixture = { dir, officialId: (JSON.parse(official.stdout) as { official: { id: string } }).official.id, importFile, document };
    tree = leaves(buildProgram(() => undefined, 'zh-CN'));
  }, 240_000);
  afterAll(async () => {
    await database.drop();
    fs.rmSync(fixture.dir, { recursive: true, force: true });
  });

  it('classifies every command of the tree, and every command with --county as one that names a county', () => {
    const names = tree.map((l) => l.name);
    expect(names.filter((n) => !(n in commands)), 'commands not classified in this suite').toEqual([]);
    expect(Object.keys(commands).filter((n) => !names.includes(n)), 'classified commands the tree no longer has').toEqual([]);
    const withCounty = tree.filter((l) => l.options.includes('--county')).map((l) => l.name);
    expect(withCounty.filter((n) => commands[n]!.reach !== 'county-option')).toEqual([]);
    expect(withCounty.length).toBeGreaterThanOrEqual(15);
  });

  it("DJ-AC-01 refuses every account of 云湖 every command on 金湖's data — by --county, by id, by a file naming 金湖, or over every county — and 金湖's rows stay as they were", async () => {
    const before = await rowsOf(database.handle, B);
    const problems: string[] = [];
    const refusedByCounty = new Map<string, number>();
    for (const leaf of tree) {
      const entry = commands[leaf.name]!;
      const runs: string[][] = [...(entry.tries?.(fixture) ?? [])];
      if (leaf.options.includes('--county')) runs.push([...leaf.path, ...(entry.needs?.(fixture) ?? []), '--county', B]);
      for (const args of runs) {
        for (const login of accountsOfA) {
          const result = await runCli([...args, ...(leaf.options.includes('--json') ? ['--json'] : []), '--lang', 'en', '--as', login], env);
          const answer = refusal(result);
          const said = result.stdout + result.stderr;
          const tried = `${args.join(' ')} as ${login}`;
          if (marksOfB.some((mark) => said.includes(mark))) problems.push(`${tried}: printed 金湖's data (${answer})`);
          if (entry.reach === 'lists') {
            // Listing is allowed; 金湖 must not be in it (checked above).
            if (result.code !== exitCodes.ok) problems.push(`${tried}: ${answer}`);
            else refusedByCounty.set(leaf.name, 1);
            continue;
          }
          if (result.code === exitCodes.ok) problems.push(`${tried}: not refused`);
          else if (!/^(unknown_county|other_county|forbidden|not_found)/.test(answer)) problems.push(`${tried}: refused for another reason (${answer})`);
          // Refused for the county's sake (not merely for a role the account lacks): by the resolver, by id, or as not the installation's.
          if (/^(unknown_county|other_county|not_found|forbidden\.(installation-operator|province-only))/.test(answer) || (answer === 'forbidden' && entry.reach === 'body'))
            refusedByCounty.set(leaf.name, (refusedByCounty.get(leaf.name) ?? 0) + 1);
        }
      }
      if (runs.length === 0 && entry.reach !== 'none') problems.push(`${leaf.name}: nothing tried`);
    }
    expect(problems).toEqual([]);
    // Each command that reaches a county was refused for 金湖's sake to an account entitled to the command itself, not only by a missing role.
    const reaching = tree.filter((l) => commands[l.name]!.reach !== 'none').map((l) => l.name);
    expect(reaching.filter((n) => !refusedByCounty.has(n)), 'commands refused to every account by role alone').toEqual([]);
    expect(await rowsOf(database.handle, B)).toEqual(before);
  }, 600_000);

  it("runs the same commands for 云湖's accounts in 云湖 (the refusals above are about the county, not a broken --as)", async () => {
    const asOffice = (args: string[]) => runCli([...args, '--as', 'office.yunhu'], env);
    const plan = await asOffice(['plan', 'export']);
    expect(plan.code).toBe(exitCodes.ok);
    expect(JSON.parse(plan.stdout).county.code).toBe(A);
    expect((await asOffice(['plan', 'export', '--county', A])).code).toBe(exitCodes.ok);
    expect(JSON.parse((await asOffice(['demo', 'status', '--json'])).stdout)).toMatchObject({ present: false });
    expect(JSON.parse((await asOffice(['indicators', 'official', 'list', '--json'])).stdout)).toEqual({ officialValues: [] });
    expect(JSON.parse((await asOffice(['county', 'list', '--json'])).stdout)).toEqual({ counties: [{ countyId: A, name: '云湖县', nameEn: 'Yunhu County (demo)' }] });
    const verified = await runCli(['audit', 'verify', '--json', '--as', 'auditor.yunhu'], env);
    expect(verified.code, verified.stdout).toBe(exitCodes.ok);
    expect(JSON.parse(verified.stdout).checked.map((c: { countyId: string }) => c.countyId)).toEqual([A]);
    // A change made --as an account is recorded in the audit log under that account.
    const revised = await asOffice(['indicators', 'official', 'set', ...officialArgs, '--json']);
    expect(revised.code, revised.stdout).toBe(exitCodes.ok);
    const entry = await database.handle.db
      .selectFrom('audit_log')
      .select(['actor_name', 'county_id'])
      .where('county_id', '=', A)
      .where('event_type', '=', 'indicators.official-value-changed')
      .executeTakeFirstOrThrow();
    expect(entry).toEqual({ actor_name: 'office.yunhu', county_id: A });
  });

  it("lets the installation's operator (no --as) and the installation's provincial office reach 金湖, so the refusals are not the command line refusing everything", async () => {
    expect(JSON.parse((await asOperator(['plan', 'export', '--county', B])).stdout).county.code).toBe(B);
    const list = JSON.parse((await asOperator(['county', 'list', '--json'])).stdout) as { counties: { countyId: string }[] };
    expect(list.counties.map((c) => c.countyId)).toEqual([B, A]);
    await seedAccount({ handle: database.handle, clock: systemClock }, { login: 'province', roles: ['provincial'], countyId: B });
    expect(JSON.parse((await runCli(['plan', 'export', '--county', A, '--as', 'province'], env)).stdout).county.code).toBe(A);
    const write = await runCli(['indicators', 'official', 'set', ...officialArgs, '--county', A, '--json', '--as', 'province'], env);
    expect(refusal(write)).toBe('forbidden');
  });
});
