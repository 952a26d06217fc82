import type { TableRow } from './table-types.js';

/** `first`, then everything `rest` yields: the rows read to find the header, put back before the others. */
export async function* prepend<T>(first: T, rest: AsyncIterable<T>): AsyncGenerator<T> {
  yield first;
  yield* rest;
}

/**
 * Rows one at a time out of batches. A hand-written iterator costs a third of an async
 * generator's `yield` per row, which shows at a million rows.
 */
export function oneByOne(batches: AsyncGenerator<TableRow[]>, close: () => Promise<void>): AsyncIterableIterator<TableRow> {
  let batch: TableRow[] = [];
  let index = 0;
  const finish = async (): Promise<IteratorResult<TableRow>> => {
    await close();
    return { done: true, value: undefined };
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      try {
        while (index >= batch.length) {
          const next = await batches.next();
          if (next.done) return await finish();
          batch = next.value;
          index = 0;
        }
      } catch (error) {
        await close();
        throw error;
      }
      return { done: false, value: batch[index++]! };
    },
    async return() {
      await batches.return(undefined);
      return finish();
    },
  };
}
