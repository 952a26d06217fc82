import { fieldOf, registerCatalog, templateHeader, type ImportKind, type Plan } from '@ipcounty/domain';
import { demoAgencies } from './demo-agencies.js';
import { demoAwards } from './demo-awards.js';
import { demoCopyrights } from './demo-copyrights.js';
import { demoCounty, type Cells } from './demo-county.js';
import { demoEconomy } from './demo-economy.js';
import { demoEnforcement } from './demo-enforcement.js';
import { demoEnterprises } from './demo-enterprises.js';
import { demoInsurance } from './demo-insurance.js';
import { demoPatents } from './demo-patents.js';
import { demoPledges } from './demo-pledges.js';
import { demoPopulation } from './demo-population.js';
import { demoTalent } from './demo-talent.js';
import { demoTrademarks } from './demo-trademarks.js';
import { demoTraining } from './demo-training.js';
import { seededRandom } from './seeded-random.js';

/**
 * 示例数据: a made-up but plausible set of registers for a county the size of Jinhu (about
 * 290,000 residents), so that a new installation has something to show before the office imports
 * its own data. Everything is derived from the seed and the plan: the same seed and plan give
 * the same data on every machine. Names are fictional. The volumes (demo-volumes.ts) are those of
 * a northern Jiangsu county of this size, so that the plan's sixteen targets stand late in 2026
 * where a working pilot county's would: most met or on course, a few at risk.
 *
 * The data comes out as the rows of import files (cells under the template's headers), so it
 * enters the registers through the importer and is checked like any file.
 */
export interface DemoTable {
  kind: ImportKind;
  headers: string[];
  rows: Record<string, string>[];
}

export interface DemoOptions {
  /** Nothing is dated after this day (today, in China). */
  asOf: string;
  /**
   * Scales the bulk registers — enterprises, patents, trademarks, copyrights (1 = Jinhu's order of
   * magnitude); tests use less. The programmes the office runs are county-sized at any scale.
   */
  scale?: number;
  /** The county's residents relative to Jinhu's (the fictional demo counties of a province differ). */
  populationScale?: number;
}

/** The order the tables are imported in: enterprises first (patents name them), events after patents. */
export const demoKinds: readonly ImportKind[] = [
  'population',
  'economy',
  'enterprises',
  'patents',
  'legal-events',
  'trademarks',
  'geographical-indications',
  'copyrights',
  'pledges',
  'insurance',
  'agencies',
  'talent',
  'training',
  'enforcement',
  'awards',
];

function table(kind: ImportKind, rows: Cells[]): DemoTable {
  const definition = registerCatalog[kind];
  const used = definition.fields.filter((f) => rows.some((row) => row[f.key] !== undefined && row[f.key] !== ''));
  const headers = used.map(templateHeader);
  return {
    kind,
    headers,
    rows: rows.map((row) => Object.fromEntries(used.map((f) => [templateHeader(fieldOf(definition, f.key)), row[f.key] ?? '']))),
  };
}

export function generateDemoData(seed: number, plan: Plan, options: DemoOptions): DemoTable[] {
  const random = seededRandom(seed);
  const county = plan.regions.find((r) => r.kind === 'county');
  const towns = plan.regions.filter((r) => r.kind === 'town' || r.kind === 'street');
  const zone = plan.regions.find((r) => r.kind === 'development-zone');
  if (!county || towns.length === 0) return [];
  const c = demoCounty(random, options.asOf, options.scale ?? 1, county, towns, zone, options.populationScale ?? 1);

  // Each section draws from the one seeded source in turn: the order below is part of the data.
  const population = demoPopulation(c);
  const economy = demoEconomy(c);
  const { enterprises, rows: enterpriseRows } = demoEnterprises(c);
  const { patents, events, inventions } = demoPatents(c, enterprises);
  const { trademarks, geographicalIndications } = demoTrademarks(c, enterprises);
  const copyrights = demoCopyrights(c, enterprises);
  const pledges = demoPledges(c, enterprises, inventions);
  const insurance = demoInsurance(c, enterprises);
  const agencies = demoAgencies(c);
  const talent = demoTalent(c, enterprises);
  const training = demoTraining(c);
  const enforcement = demoEnforcement(c);
  const awards = demoAwards(c, inventions);

  const byKind: Partial<Record<ImportKind, Cells[]>> = {
    population,
    economy,
    enterprises: enterpriseRows,
    patents,
    'legal-events': events,
    trademarks,
    'geographical-indications': geographicalIndications,
    copyrights,
    pledges,
    insurance,
    agencies,
    talent,
    training,
    enforcement,
    awards,
  };
  return demoKinds.map((kind) => table(kind, byKind[kind] ?? []));
}
