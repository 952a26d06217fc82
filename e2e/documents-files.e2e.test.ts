import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { figureText } from '../packages/domain/src/documents/figure-text.js';

/**
 * The generated files themselves, from the built command line on the demo county: the Word report,
 * the workbook and the PDF of `ipcounty acceptance package` carry each target's number as
 * `ipcounty indicators --json` gives it for the same date (the PDF read back with pdftotext from
 * Debian's poppler-utils, the reason this lives with the browser suite: it needs the system's
 * Chinese font and poppler); regenerating lists the numbers that changed; `ipcounty reports
 * generate` makes a town's 月报 with its sections and the town's own numbers.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
const bin = path.join(root, 'packages/cli/bin/ipcounty.js');
let dir: string;
const asOf = '2026-11-30';

function ipcounty(...args: string[]): string {
  return execFileSync(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, DATABASE_URL: path.join(dir, 'demo.db'), ATTACHMENTS_DIR: path.join(dir, 'attachments'), TZ: 'Asia/Shanghai' }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
const json = <T>(text: string): T => JSON.parse(text.slice(Math.min(...['{', '['].map((c) => text.indexOf(c)).filter((i) => i >= 0)))) as T;
const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });

interface Target {
  code: string;
  name: string;
  unit: string;
  value: number | null;
}

let targets: Target[];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ipcounty-docs-e2e-'));
  ipcounty('plan', 'import', path.join(root, 'plans/jinhu-2024-2026.yaml'));
  ipcounty('demo', 'load');
  targets = json<{ targets: Target[] }>(ipcounty('indicators', '--as-of', asOf, '--json')).targets;
}, 300_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('generated files', () => {
  it('the acceptance package’s Word, Excel and PDF carry every target’s number at the data date; regenerating lists what changed', async () => {
    const out = path.join(dir, 'package');
    const first = json<{ document: { version: number; files: { name: string; sha256: string }[] } }>(ipcounty('acceptance', 'package', '--as-of', asOf, '--out', out, '--json'));
    expect(first.document.version).toBe(1);
    expect(first.document.files.map((f) => f.name).sort()).toEqual(['佐证材料.zip', '佐证材料目录.xlsx', '金湖县绩效报告.stratml.xml', '金湖县自评报告.docx', '金湖县自评报告.pdf', '金湖县验收材料数据表.xlsx'].sort());
    const word = (await mammoth.extractRawText({ path: path.join(out, '金湖县自评报告.docx') })).value;
    const pdf = pdfText(path.join(out, '金湖县自评报告.pdf'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(out, '金湖县验收材料数据表.xlsx'));
    const sheet = workbook.getWorksheet('目标指标')!;
    expect(targets).toHaveLength(16);
    for (const t of targets) {
      expect(word, t.name).toContain(t.name);
      expect(pdf.replace(/\s+/g, ''), t.name).toContain(t.name.slice(0, 6));
      if (t.value === null) continue;
      const shown = figureText(t.value);
      expect(word, `${t.name} = ${shown}`).toContain(shown);
      expect(pdf, `${t.name} = ${shown}`).toContain(shown);
      const row = sheet.getSheetValues().find((r) => Array.isArray(r) && r[2] === t.name) as unknown[];
      expect(row[5], t.name).toBe(t.value);
    }
    for (const heading of ['一、基本情况', '二、目标完成情况', '三、重点任务完成情况', '四、主要成效和经验做法', '五、存在问题及整改情况', '六、下一步工作打算']) expect(pdf).toContain(heading);
    expect(execFileSync('pdfinfo', [path.join(out, '金湖县自评报告.pdf')], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.28 x 841\.89 pts \(A4\)/);

    ipcounty('indicators', 'official', 'set', '--indicator', 'effective-invention-patents-per-10k', '--as-of', asOf, '--value', '40.3', '--source', '淮安市知识产权统计公报', '--published-on', '2026-12-01');
    const second = json<{ document: { version: number; changes: { key: string; before: number | null; after: number | null }[] } }>(ipcounty('acceptance', 'package', '--as-of', asOf, '--out', path.join(dir, 'package2'), '--json'));
    expect(second.document.version).toBe(2);
    expect(second.document.changes).toContainEqual({ key: 'target:effective-invention-patents-per-10k:official', label: '万人有效发明专利拥有量 · 官方发布值', before: null, after: 40.3 });
  }, 600_000);

  it('a town’s monthly report has its sections and the town’s own numbers', () => {
    const result = json<{ documents: { id: string; title: string; regionCode: string | null }[]; delivered: number }>(ipcounty('reports', 'generate', '--period', '2026-11', '--region', 'licheng', '--json'));
    expect(result.documents.map((d) => [d.title, d.regionCode])).toEqual([['金湖县黎城街道知识产权统计分析月报（2026年11月）', 'licheng']]);
    expect(result.delivered).toBeGreaterThanOrEqual(1);
    const out = path.join(dir, 'reports');
    fs.mkdirSync(out, { recursive: true });
    // Read back through the archive the command line wrote: the same bytes a unit downloads.
    execFileSync(process.execPath, ['-e', `
      const Database = require('better-sqlite3');
      const db = new Database(${JSON.stringify(path.join(dir, 'demo.db'))}, { readonly: true });
      const row = db.prepare("select content from generated_document_files where document_id = ? and name like '%.pdf'").get(${JSON.stringify(result.documents[0]!.id)});
      require('fs').writeFileSync(${JSON.stringify(path.join(out, 'licheng.pdf'))}, row.content);
    `], { cwd: path.join(root, 'packages/server') });
    const pdf = pdfText(path.join(out, 'licheng.pdf'));
    for (const heading of ['一、主要指标情况', '主要变动及原因']) expect(pdf).toContain(heading);
    const split = json<{ targets: { name: string; split: { key: string; value: number | null; count: number }[] | null }[] }>(ipcounty('indicators', '--as-of', asOf, '--by', 'region', '--json'));
    let checked = 0;
    for (const t of split.targets) {
      const row = t.split?.find((r) => r.key === 'licheng');
      if (!row) continue;
      expect(pdf.replace(/\s+/g, ''), t.name).toContain(t.name.slice(0, 6));
      expect(pdf, t.name).toContain(figureText(row.value ?? row.count));
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
  }, 600_000);
});
