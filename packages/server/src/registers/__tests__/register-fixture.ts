import iconv from 'iconv-lite';
import type { ImportKind } from '@ipcounty/domain';
import type { AuditActor } from '../../audit/audit-actor.js';
import type { ActingUser } from '../../common/command-context.js';
import { auditTrailFromConfig, type AuditTrail } from '../../audit/audit-trail.js';
import { readPlanFile } from '../../bootstrap.js';
import { loadConfig } from '../../config/config.js';
import type { DatabaseHandle } from '../../database/connection.js';
import { createTestDatabase, type TestDatabase } from '../../database/__tests__/test-database.js';
import { importPlan } from '../../plan/import-plan.js';
import { fixedClock } from '../../common/__tests__/fixed-clock.js';
import { runImport, type ImportOutcome, type RunImportProps } from '../import/run-import.js';

export const office: AuditActor = { id: 'office-1', name: 'office', roles: ['program-office'] };
/** The office as the user a command acts for. */
export const officeUser: ActingUser = { principal: { id: 'office-1', roles: ['program-office'] }, audit: office };

export interface RegisterFixture {
  database: TestDatabase;
  handle: DatabaseHandle;
  audit: AuditTrail;
  clock: ReturnType<typeof fixedClock>;
  /** Imports `content` (a CSV text, or bytes) as `fileName` into `kind`. */
  importFile(kind: ImportKind, fileName: string, content: string | Buffer, options?: Partial<RunImportProps>): Promise<ImportOutcome>;
  /** Rows of a register table, by key. */
  count(table: string): Promise<number>;
  drop(): Promise<void>;
}

/** A fresh database with Jinhu's plan loaded, the clock in November 2026. */
export async function createRegisterFixture(): Promise<RegisterFixture> {
  const database = await createTestDatabase();
  const clock = fixedClock('2026-11-28T10:00:00+08:00');
  const config = loadConfig({});
  const audit = auditTrailFromConfig(config, clock);
  await importPlan({ handle: database.handle, clock, actor: 'system', audit, input: readPlanFile(config.PLAN_FILE) });
  return {
    database,
    handle: database.handle,
    audit,
    clock,
    importFile: (kind, fileName, content, options = {}) =>
      runImport({
        ctx: { handle: database.handle, audit, clock },
        countyId: 'jinhu',
        user: officeUser,
        kind,
        input: { buffer: typeof content === 'string' ? Buffer.from(content, 'utf8') : content, fileName },
        ...options,
      }),
    async count(table) {
      const { sql } = await import('kysely');
      const result = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(database.handle.db);
      return Number(result.rows[0]?.n ?? 0);
    },
    drop: () => database.drop(),
  };
}

/** CSV text from rows of cells, the first row the header; CRLF line ends as Excel writes them. */
export function csv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')).join('\r\n') + '\r\n';
}

/** The same CSV encoded as GBK, as Chinese Excel saves it by default. */
export function gbk(text: string): Buffer {
  return iconv.encode(text, 'gbk');
}

export const jinhuAddress = '211600 江苏省淮安市金湖县黎城街道工业园路1号';
export const yintuAddress = '江苏省淮安市金湖县银涂镇工业集中区8号';

/** An .xlsx workbook with one sheet; a cell may be a formula ({ formula, result }) or a number. */
export async function xlsx(rows: readonly (readonly (string | number | { formula: string; result: string | number })[])[]): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  for (const row of rows) sheet.addRow(row.map((cell) => (typeof cell === 'object' ? { formula: cell.formula, result: cell.result } : cell)));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A multipart/form-data body as the import page sends it: the kind (and the export date, a confirmation…), then the file. */
export function importUpload(kind: string, fileName: string, bytes: Buffer, fields: Readonly<Record<string, string>> = {}) {
  const boundary = '----ipcounty-import-boundary';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n`),
    ...Object.entries(fields).map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload: body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
