import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const sourceRoot = path.dirname(fileURLToPath(import.meta.url));

/** The packages a start of the server reaches through static imports, following our own files from `entry`. */
function packagesLoadedAtStart(entry: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
    for (const statement of source.statements) {
      const isImport = ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly;
      const isExport = ts.isExportDeclaration(statement) && !statement.isTypeOnly;
      if (!(isImport || isExport) || !statement.moduleSpecifier || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
      const specifier = statement.moduleSpecifier.text;
      if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier.replace(/\.js$/, '.ts')));
      else if (!specifier.startsWith('node:')) packages.add(specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/'));
    }
  };
  visit(entry);
  return packages;
}

describe('the server start', () => {
  // Each of these costs a tenth of a second to a second of a start; they are loaded on first use
  // (the PostgreSQL driver when a PostgreSQL database is opened).
  const loadedOnFirstUse = ['exceljs', 'pdfkit', 'docx', 'echarts', '@resvg/resvg-js', 'mammoth', 'nodemailer', 'yaml', 'qrcode', 'pg', 'pg-copy-streams'];

  it('loads no document, workbook, chart, mail, QR or PostgreSQL library until one is used', () => {
    const packages = packagesLoadedAtStart(path.join(sourceRoot, 'server-main.ts'));
    expect(packages.has('fastify')).toBe(true);
    expect(loadedOnFirstUse.filter((name) => packages.has(name))).toEqual([]);
    // Reading some 400 source files takes a second or more on a loaded machine.
  }, 60_000);
});
