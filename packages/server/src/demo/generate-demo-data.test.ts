import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { fieldOf, registerCatalog, templateHeader, validatePlan, type ImportKind, type Plan } from '@ipcounty/domain';
import { generateDemoData, type DemoTable } from './generate-demo-data.js';

/**
 * The demo registers as files, before any import: the same every time, nothing after the day,
 * spread over the towns as their people and industry are, and each programme at the pace a county
 * of 290,000 runs it. (demo-data.db.test.ts checks the sixteen targets computed from them.)
 */

const planUrl = new URL('../../../../plans/jinhu-2024-2026.yaml', import.meta.url);
const validation = validatePlan(parse(readFileSync(planUrl, 'utf8')));
if (!validation.ok) throw new Error('plans/jinhu-2024-2026.yaml does not validate');
const plan: Plan = validation.plan;
const asOf = '2026-11-28';
const tables = generateDemoData(20240415, plan, { asOf });

function rowsOf(kind: ImportKind): DemoTable['rows'] {
  return tables.find((t) => t.kind === kind)?.rows ?? [];
}

/** A column of a register's table, by field key. */
function column(kind: ImportKind, key: string): string[] {
  const header = templateHeader(fieldOf(registerCatalog[kind], key));
  return rowsOf(kind).map((row) => row[header] ?? '');
}

const inPlan = (date: string) => date >= '2024-01-01' && date <= asOf;
const yearOf = (date: string) => date.slice(0, 4);
const countBy = (values: readonly string[]) => values.reduce<Record<string, number>>((acc, v) => ((acc[v] = (acc[v] ?? 0) + 1), acc), {});

describe('generateDemoData', () => {
  it('gives a demo county of a province residents of its own: 2019 sums to 298,000 at scale 1 and 134,100 at 0.45', () => {
    const persons = (t: readonly DemoTable[]) => {
      const rows = t.find((x) => x.kind === 'population')!.rows;
      const header = (key: string) => templateHeader(fieldOf(registerCatalog.population, key));
      return rows.filter((r) => r[header('year')] === '2019').reduce((sum, r) => sum + Number(r[header('persons')]), 0);
    };
    // Each town's figure is rounded on its own: within a person or two a town of the sum.
    expect(Math.abs(persons(tables) - 298_000)).toBeLessThanOrEqual(10);
    expect(Math.abs(persons(generateDemoData(20240415, plan, { asOf, populationScale: 0.45 })) - 134_100)).toBeLessThanOrEqual(10);
  });

  it('gives the same registers for the same seed and other registers for another', () => {
    expect(generateDemoData(20240415, plan, { asOf })).toEqual(tables);
    expect(generateDemoData(7, plan, { asOf })).not.toEqual(tables);
  }, 60_000); // two whole demo counties: seconds on a quiet machine, more on a loaded one

  it('dates nothing after the day it is generated on', () => {
    for (const table of tables) {
      const dateFields = registerCatalog[table.kind].fields.filter((f) => f.type === 'date' && !['termEnd', 'endsOn', 'certificateExpiresOn'].includes(f.key));
      for (const field of dateFields) {
        const late = column(table.kind, field.key).filter((d) => d !== '' && d > asOf);
        expect(late, `${table.kind}.${field.key}`).toEqual([]);
      }
    }
  });

  it('places a third of the enterprises in the development zone and the rest in every town, most in the county seat', () => {
    const addresses = column('enterprises', 'address');
    const unique = [...new Set(addresses)];
    const share = (place: string) => unique.filter((a) => a.includes(place)).length / unique.length;
    expect(share('江苏金湖经济开发区')).toBeGreaterThan(0.28);
    expect(share('江苏金湖经济开发区')).toBeLessThan(0.42);
    for (const town of plan.regions.filter((r) => r.kind === 'town' || r.kind === 'street')) expect(share(town.name), town.name).toBeGreaterThan(0.02);
    expect(share('黎城街道')).toBeGreaterThan(share('金南镇'));
  });

  it('tags the enterprises with the plan’s key industries, 高端装备 the largest', () => {
    const industries = countBy(column('enterprises', 'keyIndustry').filter((k) => k !== ''));
    expect(Object.keys(industries).sort()).toEqual(['大健康', '新材料', '高端装备'].sort());
    expect(industries['高端装备']).toBeGreaterThan(industries['新材料']!);
  });

  it('files about 1,500 patents a year, one in five to one in seven an invention', () => {
    const filingDates = column('patents', 'filingDate');
    const types = column('patents', 'type');
    const filed = countBy(filingDates.map(yearOf));
    const inventions = countBy(filingDates.filter((_, i) => types[i] === '发明').map(yearOf));
    for (const year of ['2023', '2024', '2025']) {
      expect(filed[year], year).toBeGreaterThan(1_200);
      expect(filed[year], year).toBeLessThan(1_800);
      expect(inventions[year]! / filed[year]!, year).toBeGreaterThan(0.14);
      expect(inventions[year]! / filed[year]!, year).toBeLessThan(0.22);
    }
  });

  it('runs five or six training sessions a year of 20–120 people: a few hundred person-times in the plan period', () => {
    const held = column('training', 'heldOn');
    const participants = column('training', 'participants').map(Number);
    for (const n of participants) {
      expect(n).toBeGreaterThanOrEqual(20);
      expect(n).toBeLessThanOrEqual(120);
    }
    const perYear = countBy(held.map(yearOf));
    for (const year of ['2024', '2025']) expect(perYear[year], year).toBeGreaterThanOrEqual(4);
    for (const year of ['2024', '2025']) expect(perYear[year], year).toBeLessThanOrEqual(8);
    const inPeriod = participants.filter((_, i) => inPlan(held[i]!)).reduce((sum, n) => sum + n, 0);
    expect(inPeriod).toBeGreaterThan(300);
    expect(inPeriod).toBeLessThan(1_000);
  });

  it('certifies about a dozen enterprises a year to the IP management standard, renewals apart', () => {
    const issued = column('enterprises', 'certificateIssuedOn');
    const codes = column('enterprises', 'creditCode');
    const first = new Map<string, string>();
    issued.forEach((on, i) => {
      if (on === '' || (first.get(codes[i]!) ?? '9999') <= on) return;
      first.set(codes[i]!, on);
    });
    const newPerYear = countBy([...first.values()].map(yearOf));
    for (const year of ['2024', '2025', '2026']) {
      expect(newPerYear[year], year).toBeGreaterThanOrEqual(8);
      expect(newPerYear[year], year).toBeLessThanOrEqual(16);
    }
    expect(issued.filter((on) => on !== '').length).toBeGreaterThan(first.size);
  });

  it('gives the 优势/示范 titles to a handful of enterprises, one or two a year', () => {
    const years = column('enterprises', 'titleYear').filter((y) => y !== '');
    expect(years.length).toBeGreaterThanOrEqual(6);
    expect(years.length).toBeLessThanOrEqual(14);
    expect(Math.max(...Object.values(countBy(years)))).toBeLessThanOrEqual(3);
  });

  it('registers pledges of a few 亿元 a year since 2024, most of them under 1,000 万元', () => {
    const on = column('pledges', 'registeredOn');
    const amounts = column('pledges', 'amount').map(Number);
    const perYear: Record<string, number> = {};
    on.forEach((d, i) => (perYear[yearOf(d)] = (perYear[yearOf(d)] ?? 0) + amounts[i]!));
    for (const year of ['2024', '2025']) {
      expect(perYear[year]! / 10_000, year).toBeGreaterThan(2);
      expect(perYear[year]! / 10_000, year).toBeLessThan(5);
    }
    expect(amounts.filter((a) => a < 1_000).length / amounts.length).toBeGreaterThan(0.5);
  });
});
