import type { Cells, DemoCounty } from './demo-county.js';

/** Population: towns summing to about 290,000 (times the county's population scale), falling slowly as Jinhu's has. */
export function demoPopulation(c: DemoCounty): Cells[] {
  const population: Cells[] = [];
  for (let year = 2019; year < c.lastYear; year++) {
    const total = (298_000 - (year - 2019) * 1_600) * c.populationScale;
    c.towns.forEach((town, i) => {
      population.push({ region: town.name, year: String(year), persons: String(Math.round(total * c.townShares[i]!)), source: `${c.county.name}统计年鉴（示例）` });
    });
  }
  return population;
}
