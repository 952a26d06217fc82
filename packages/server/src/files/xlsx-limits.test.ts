import { describe, expect, it } from 'vitest';
import { entityWorkbook, hugeInlineCellWorkbook, incompressibleText, oneCellWorkbook, understateSizes, zipBombWorkbook } from './__tests__/crafted-workbooks.js';
import { expectTableError, readAll } from './__tests__/table-fixtures.js';
import { TableFileError } from './table-file-error.js';
import { XLSX_LIMITS } from './xlsx-sheet-reader.js';

/** Heap growth while `work` runs, in MB, sampled every few milliseconds (the peak, not the end). */
async function peakHeapGrowthMb(work: () => Promise<unknown>): Promise<number> {
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 2);
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  return (peak - before) / 2 ** 20;
}

describe('readTable: crafted .xlsx files are refused before they are held', () => {
  it('refuses the 150 MB inline-string cell (151 KB zipped) by its compression ratio, holding none of it', async () => {
    const file = await hugeInlineCellWorkbook(150);
    expect(file.length).toBeLessThan(400 * 1024);
    let error: TableFileError | undefined;
    const growth = await peakHeapGrowthMb(async () => {
      error = await expectTableError(readAll({ buffer: file }, { fileName: 'huge-cell.xlsx' }), 'too_large');
    });
    expect(error?.reason.zh).toContain('压缩比超过 200 倍');
    expect(error?.reason.en).toContain('xl/worksheets/sheet1.xml');
    expect(growth).toBeLessThan(20);
  }, 60_000);

  it('refuses a zip bomb of a million rows by its compression ratio', async () => {
    const file = await zipBombWorkbook(200);
    const error = await expectTableError(readAll({ buffer: file }, { fileName: 'bomb.xlsx' }), 'too_large');
    expect(error.reason.en).toContain('compressed more than 200 times');
  }, 60_000);

  it('stops the huge cell at the markup limit when the zip understates its size, reading no more than that', async () => {
    const file = understateSizes(await hugeInlineCellWorkbook(150), 100_000);
    let caught: unknown;
    const growth = await peakHeapGrowthMb(async () => {
      caught = await readAll({ buffer: file }, { fileName: 'lying.xlsx' }).catch((error: unknown) => error);
    });
    expect(caught).toBeInstanceOf(TableFileError);
    expect(['too_large', 'xlsx_unreadable']).toContain((caught as TableFileError).code);
    expect(growth).toBeLessThan(20);
  }, 60_000);

  it('refuses a cell longer than Excel allows, naming its row and column', async () => {
    const file = await oneCellWorkbook(incompressibleText(XLSX_LIMITS.maxCellChars + 1));
    const error = await expectTableError(readAll({ buffer: file }, { fileName: 'long-cell.xlsx' }), 'too_large');
    expect(error.reason.zh).toContain('第 2 行 B 列');
    expect(error.reason.en).toContain('32,767 characters');
    // One character less is a cell Excel itself could hold, and is read.
    const fits = await readAll({ buffer: await oneCellWorkbook(incompressibleText(XLSX_LIMITS.maxCellChars)) }, { fileName: 'fits.xlsx' });
    expect(fits[0]?.cells['名称']).toHaveLength(XLSX_LIMITS.maxCellChars);
  });

  it('refuses a row with more columns than a sheet has', async () => {
    const error = await expectTableError(readAll({ buffer: await oneCellWorkbook('x', '<c r="XFE2"><v>1</v></c>') }, { fileName: 'wide.xlsx' }), 'too_large');
    expect(error.reason.en).toContain('Row 2 has more than 16,384 columns');
  });

  it('refuses a DTD with entities instead of expanding them', async () => {
    const error = await expectTableError(readAll({ buffer: await entityWorkbook() }, { fileName: 'laughs.xlsx' }), 'xlsx_unreadable');
    expect(error.reason.en).toContain('DTD');
  });
});
