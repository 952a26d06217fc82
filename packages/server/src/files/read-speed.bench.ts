/**
 * Times reading a generated patent CSV (1,000,000 rows, about 120 MB, UTF-8 with Chinese text)
 * through `openTable`, row by row and in batches, and prints rows per second (wall clock and per
 * CPU second, which a busy machine disturbs less) and the peak resident memory while reading.
 * Not a test. Run after building:
 *
 *   npx tsc -b packages/server && node packages/server/dist/files/read-speed.bench.js [rows]
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { readDelimitedRows } from './delimited-rows.js';
import { openTable } from './table-reader.js';

const rowCount = Number(process.argv[2] ?? 1_000_000);

async function writePatentCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  let chunk = '\uFEFF申请号,名称,申请日,申请人,专利类型,法律状态,主分类号\r\n';
  for (let i = 1; i <= rows; i += 1) {
    const date = `20${String(10 + (i % 14)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    chunk +=
      `${2010100000000 + i},"一种智能灌溉控制装置, 型号${i % 97}",${date},金湖县第${i % 500}机械有限公司,` +
      `${i % 3 === 0 ? '实用新型' : '发明'},有效,A01G25/16\r\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await finished(out);
}

type Mode = 'records' | 'batches' | 'rows';

/** Decoding and splitting only (csv-parse), without naming the cells or building rows. */
async function countRecords(path: string): Promise<number> {
  let count = 0;
  for await (const batch of readDelimitedRows(createReadStream(path, { highWaterMark: 256 * 1024 }), ',', () => undefined)) count += batch.length;
  return count - 1;
}

async function timeReading(
  path: string,
  mode: Mode,
): Promise<{ rows: number; seconds: number; cpuSeconds: number; peakRssMb: number }> {
  let peakRss = process.memoryUsage.rss();
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  let rows = 0;
  let lastRowNumber = 0;
  if (mode === 'records') {
    rows = await countRecords(path);
    lastRowNumber = rows + 1;
  } else {
    const table = await openTable({ path }, { fileName: 'patents.csv', maxRows: rowCount });
    if (mode === 'rows') {
      for await (const row of table.rows()) {
        rows += 1;
        lastRowNumber = row.rowNumber;
        if (rows % 10_000 === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
      }
    } else {
      for await (const batch of table.batches()) {
        rows += batch.length;
        lastRowNumber = batch.at(-1)?.rowNumber ?? lastRowNumber;
        peakRss = Math.max(peakRss, process.memoryUsage.rss());
      }
    }
    await table.close();
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  if (lastRowNumber !== rows + 1) throw new Error(`read ${rows} rows but the last was row ${lastRowNumber}`);
  return { rows, seconds, cpuSeconds, peakRssMb: peakRss / 2 ** 20 };
}

const dir = await mkdtemp(join(tmpdir(), 'ipcounty-read-speed-'));
try {
  const path = join(dir, 'patents.csv');
  await writePatentCsv(path, rowCount);
  const { size } = await stat(path);
  console.log(`file: ${rowCount.toLocaleString('en-US')} rows, ${(size / 2 ** 20).toFixed(1)} MB`);
  for (const mode of ['records', 'batches', 'rows'] as const) {
    const { rows, seconds, cpuSeconds, peakRssMb } = await timeReading(path, mode);
    const perSecond = (time: number) => Math.round(rows / time).toLocaleString('en-US');
    console.log(
      `${mode.padEnd(7)}: ${rows.toLocaleString('en-US')} rows in ${seconds.toFixed(2)} s = ${perSecond(seconds)} rows/s ` +
        `(${perSecond(cpuSeconds)} per CPU second), ` +
        `peak RSS while reading ${peakRssMb.toFixed(0)} MB`,
    );
  }
  console.log(`process peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
