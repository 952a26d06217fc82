import { describe, expect, it } from 'vitest';
import { populationFor, type PopulationFigure } from './population.js';

const figures: PopulationFigure[] = [
  { region: 'jinhu', year: 2023, persons: 300_000, basis: 'resident', source: '统计公报2023' },
  { region: 'jinhu', year: 2024, persons: 298_000, basis: 'resident', source: '统计公报2024' },
  { region: 'jinhu', year: 2024, persons: 350_000, basis: 'registered', source: '公安户籍' },
];

describe('populationFor', () => {
  it('takes the year asked for, on the basis asked for', () => {
    expect(populationFor(figures, 'jinhu', 2024)).toEqual({ year: 2024, persons: 298_000, source: '统计公报2024', fallback: false });
    expect(populationFor(figures, 'jinhu', 2024, 'registered')?.persons).toBe(350_000);
  });

  it('falls back to the latest earlier year before the year-end figure exists', () => {
    expect(populationFor(figures, 'jinhu', 2025)).toMatchObject({ year: 2024, fallback: true });
    expect(populationFor(figures, 'jinhu', 2022)).toBeNull();
    expect(populationFor(figures, 'licheng', 2024)).toBeNull();
  });
});
