import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRegisterFixture, csv, type RegisterFixture } from '../__tests__/register-fixture.js';
import { loadIndicatorRecords } from '../load-indicator-records.js';

const towns = ['黎城街道', '金北街道', '戴楼街道', '银涂镇', '塔集镇', '前锋镇', '吕良镇', '金南镇'];

describe('the population register', () => {
  let f: RegisterFixture;
  beforeEach(async () => (f = await createRegisterFixture()));
  afterEach(async () => f.drop());

  const county = async (year: number) => (await loadIndicatorRecords(f.handle, 'jinhu')).population?.find((p) => p.region === 'jinhu' && p.year === year);

  it('reads 常住人口（万人） in ten-thousands and gives the county the sum of its towns', async () => {
    // 8 towns of 3.625 万人 each: 29 万人 for the county.
    const outcome = await f.importFile('population', 'pop.csv', csv([['地区', '年份', '常住人口（万人）'], ...towns.map((t) => [t, '2024', '3.625'])]));
    expect(outcome).toMatchObject({ status: 'committed', records: 8 });
    expect(await county(2024)).toMatchObject({ persons: 290_000, basis: 'resident', source: '各镇（街道）合计（8个）' });
  });

  it('uses the county’s own row when the file gives one', async () => {
    await f.importFile('population', 'pop.csv', csv([['地区', '年份', '常住人口'], ...towns.map((t) => [t, '2024', '36000']), ['金湖县', '2024', '291234']]));
    expect(await county(2024)).toMatchObject({ persons: 291_234 });
  });

  it('refuses a place that is not the county or one of its towns, and a missing figure', async () => {
    const outcome = await f.importFile('population', 'pop.csv', csv([['地区', '年份', '常住人口'], ['盱眙县', '2024', '1000'], ['黎城街道', '24', '']]));
    expect(outcome.status).toBe('refused');
    expect(outcome.problems.map((p) => [p.row, p.column])).toEqual([
      [2, '地区'],
      [3, '年份'],
      [3, '常住人口'],
    ]);
  });
});
