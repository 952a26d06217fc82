import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/**
 * The satisfaction survey's public answer page (survey.html, /s/<code>): the JavaScript and CSS a
 * phone downloads on a cold cache, gzip-compressed as the server sends them. Read from the built
 * files: the page's script and stylesheet links, their modulepreloads, and every module they
 * import statically, each counted once. The goal (issue 16) is under 100 KB.
 */
export interface SurveyPageTransfer {
  files: { file: string; gzipBytes: number }[];
  jsGzipBytes: number;
  cssGzipBytes: number;
}

export const SURVEY_PAGE_GOAL_KB = 100;

const defaultWebRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

export async function surveyPageTransfer(webRoot = defaultWebRoot): Promise<SurveyPageTransfer> {
  const html = await readFile(path.join(webRoot, 'survey.html'), 'utf8');
  const pending = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const seen = new Set<string>();
  const files: SurveyPageTransfer['files'] = [];
  while (pending.length > 0) {
    const asset = pending.shift()!;
    if (seen.has(asset)) continue;
    seen.add(asset);
    const content = await readFile(path.join(webRoot, asset));
    files.push({ file: asset, gzipBytes: gzipSync(content, { level: 9 }).length });
    // Static imports of a chunk are fetched before it runs: follow them ("./chunk-abc.js").
    if (asset.endsWith('.js'))
      for (const m of content.toString('utf8').matchAll(/(?:import|from)\s*["'](\.\/[^"']+\.js)["']/g)) pending.push(path.posix.join(path.posix.dirname(asset), m[1]!));
  }
  const sum = (ext: string) => files.filter((f) => f.file.endsWith(ext)).reduce((a, f) => a + f.gzipBytes, 0);
  return { files, jsGzipBytes: sum('.js'), cssGzipBytes: sum('.css') };
}

/** Prints the figures with the goal beside them; never asserts. */
export async function printSurveyPageTransfer(log: (line: string) => void = (line) => process.stdout.write(`${line}\n`), webRoot?: string): Promise<SurveyPageTransfer> {
  const transfer = await surveyPageTransfer(webRoot);
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  for (const f of transfer.files) log(`  ${f.file.padEnd(44)} ${kb(f.gzipBytes).padStart(7)} KB gzip`);
  const total = transfer.jsGzipBytes + transfer.cssGzipBytes;
  log(`survey answer page (/s/<code>): JS ${kb(transfer.jsGzipBytes)} KB + CSS ${kb(transfer.cssGzipBytes)} KB = ${kb(total)} KB gzip (goal < ${SURVEY_PAGE_GOAL_KB} KB: ${total < SURVEY_PAGE_GOAL_KB * 1024 ? 'met' : 'NOT met'})`);
  return transfer;
}
