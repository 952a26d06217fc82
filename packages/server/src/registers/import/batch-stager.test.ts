import { describe, expect, it } from 'vitest';
import { TableFileError } from '../../files/table-file-error.js';
import { workerStager } from './batch-stager.js';
import type { ImportContextData } from './import-context.js';
import type { StagingSetup } from './stage-rows.js';

const setup: StagingSetup = { kind: 'patents', headers: ['申请号'], columns: {}, units: {}, scope: null };

describe('workerStager', () => {
  it('fails the import with a problem naming the rows when a staging worker runs out of heap, and the process carries on', async () => {
    const stager = workerStager(setup, {} as ImportContextData, {
      file: new URL('./__tests__/greedy-stage-worker.mjs', import.meta.url),
      count: 1,
      resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 },
    });
    expect(stager).not.toBeNull();
    const rows = Array.from({ length: 200 }, (_, i) => ({ rowNumber: 1001 + i, cells: { 申请号: `2023101${i}` } }));
    const first = stager!.stage(rows);
    const second = stager!.stage(rows.map((row) => ({ ...row, rowNumber: row.rowNumber + 200 })));
    const error: unknown = await first.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TableFileError);
    expect((error as TableFileError).code).toBe('too_large');
    expect((error as TableFileError).reason.zh).toContain('从第 1001 行起');
    expect((error as TableFileError).reason.en).toContain('16 MB a worker thread');
    await expect(second).rejects.toBeInstanceOf(TableFileError);
    // Later batches are refused at once rather than sent to a dead worker.
    await expect(stager!.stage(rows)).rejects.toBeInstanceOf(TableFileError);
    await stager!.close();
  }, 60_000);
});
