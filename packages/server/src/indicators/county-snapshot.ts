import {
  buildRegionTree,
  civilOf,
  formatIsoDate,
  indicatorDefinitions,
  monthEnd,
  monthEndsBetween,
  reportedValues,
  shanghaiDate,
  type IndicatorDefinition,
  type IndicatorRecords,
  type IsoDate,
  type Patent,
  type Plan,
  type SettingOverrides,
  type StoredManualValue,
  type StoredOfficialValue,
} from '@ipcounty/domain';
import type { DatabaseHandle } from '../database/connection.js';
import { inWriteTransaction } from '../database/transactions.js';
import { planRepository } from '../plan/plan.repository.js';
import { notFound } from '../common/app-error.js';
import type { Clock } from '../common/clock.js';
import { indicatorCatalog, planDefinitions, type CatalogEntry } from './indicator-catalog.js';
import { indicatorInputsRepository } from './indicator-inputs.repository.js';
import { indicatorSeriesRepository, type SeriesState } from './indicator-series.repository.js';
import type { RecordsNeeds, RecordsSource } from './records-source.js';
import { computeSeries, type SeriesRow } from './series-computation.js';
import { surveyedValues } from '../survey/surveyed-values.js';

/**
 * Everything the indicator views of one county read, at one version of its inputs: the plan, the
 * registers (one prepared object, so the engine's per-register caches survive between requests),
 * the office's settings and official and manual values, and the materialised month-end series.
 * A snapshot never changes; a new one replaces it when any input's version moves.
 */
export interface CountySnapshot {
  countyId: string;
  plan: Plan;
  catalog: CatalogEntry[];
  definitions: IndicatorDefinition[];
  /** The county's own region code (the root of the plan's regions). */
  root: string;
  regionNames: ReadonlyMap<string, string>;
  records: IndicatorRecords;
  /** The patents with these ids, in that order (records may carry only the patents' facts). */
  patents(ids: readonly string[]): Promise<Patent[]>;
  /** Regions plus official and manual values: what the reported indicators are read from. */
  reported: IndicatorRecords;
  settings: Readonly<Record<string, SettingOverrides>>;
  officialValues: StoredOfficialValue[];
  manualValues: StoredManualValue[];
  registersVersion: string;
  /** What the series was computed from: changes whenever the registers, the office's inputs, the plan, a rule version or the current month do. */
  sourceVersion: string;
  /** The source version and today's date: a snapshot serves one day. */
  key: string;
  /** The date in China when the snapshot was taken. */
  today: IsoDate;
  series: SeriesIndex;
  seriesState: SeriesState;
  /** Results computed from this snapshot (values at a date, splits), kept while it is current. */
  memo: Map<string, unknown>;
}

/** The materialised rows by indicator and region, oldest first. */
export interface SeriesIndex {
  get(key: string, region: string): readonly SeriesRow[];
  at(key: string, region: string, date: IsoDate): SeriesRow | undefined;
  months: readonly IsoDate[];
}

function indexSeries(rows: readonly SeriesRow[], months: readonly IsoDate[]): SeriesIndex {
  const byKey = new Map<string, SeriesRow[]>();
  for (const row of rows) {
    const id = `${row.key}|${row.region}`;
    const list = byKey.get(id);
    if (list) list.push(row);
    else byKey.set(id, [row]);
  }
  const byDate = new Map(rows.map((r) => [`${r.key}|${r.region}|${r.date}`, r]));
  return {
    get: (key, region) => byKey.get(`${key}|${region}`) ?? [],
    at: (key, region, date) => byDate.get(`${key}|${region}|${date}`),
    months,
  };
}

const rulesFingerprint = indicatorDefinitions.map((d) => `${d.key}@${d.ruleVersion}`).join(',');

/**
 * How long a version check stands: changes made in this process refresh at once (`fresh`); those
 * made by another process (the command line, a second server) are seen within this time.
 */
const VERSION_CHECK_MS = 1000;

/** Years of history kept before the plan's first year, for year-on-year change and for fitting trends. */
const HISTORY_YEARS = 2;

/**
 * Whether the engine needs the patents themselves under these settings: C1 of 高价值发明专利 by
 * an IPC table reads each patent's IPC codes, which the stored facts do not keep.
 */
export function needsWholePatents(settings: Readonly<Record<string, SettingOverrides>>): boolean {
  return Object.values(settings).some((overrides) => Array.isArray(overrides.strategicEmergingTable) && overrides.strategicEmergingTable.length > 0);
}

/** The patents with these ids, in the order asked: a scan, not an index of a million records. */
function patentsAmong(patents: readonly Patent[], ids: readonly string[]): Patent[] {
  const wanted = new Set(ids);
  const found = new Map<string, Patent>();
  for (const patent of patents) if (wanted.has(patent.id)) found.set(patent.id, patent);
  return ids.flatMap((id) => {
    const patent = found.get(id);
    return patent ? [patent] : [];
  });
}

interface Versions {
  registersVersion: string;
  sourceVersion: string;
  today: IsoDate;
  lastMonth: IsoDate;
  key: string;
}

export interface SnapshotStoreOptions {
  handle: DatabaseHandle;
  clock: Clock;
  records: RecordsSource;
  /**
   * How many megabytes the held snapshots may take (INDICATOR_CACHE_MB), by snapshotMegabytes'
   * estimate: past it, the counties used least recently are let go and built again when next
   * read. The county just used is always kept, whatever its size. Unbounded when absent.
   */
  budgetMb?: number;
}

/** Estimated bytes a held value takes on the heap, by kind (the estimate of a county of 100,000 patents on PostgreSQL came within 10% of its heap). */
const BYTES = {
  /** A string in an array (its header and characters, and the slot that points at it). */
  string: 48,
  /** A register record of the smaller registers (a trademark, a pledge, an enterprise …) with its nested parties. */
  record: 600,
  /** A whole patent with its parties, codes and legal events (records.patents, under an IPC table setting). */
  patent: 2_500,
  /** A materialised series row and its two index entries. */
  seriesRow: 300,
  /** A result kept in the snapshot's memo (values at a date, an evaluation with the records it counted). */
  memo: 20_000,
} as const;

/**
 * What a snapshot holds, in megabytes: the registers (the patents' fact columns by their bytes,
 * their strings and every other record by an average), the series and the memo. An estimate, for
 * the cache's budget, not an account of the heap.
 */
export function snapshotMegabytes(snapshot: Pick<CountySnapshot, 'records' | 'series' | 'memo'>, seriesRows: number): number {
  let bytes = seriesRows * BYTES.seriesRow + snapshot.memo.size * BYTES.memo;
  for (const [name, value] of Object.entries(snapshot.records)) {
    if (name === 'patentFacts' && value) {
      for (const column of Object.values(value as object)) {
        if (ArrayBuffer.isView(column)) bytes += column.byteLength;
        else if (Array.isArray(column)) bytes += column.length * BYTES.string;
      }
    } else if (value instanceof Map) bytes += value.size * BYTES.string * 2;
    else if (Array.isArray(value)) bytes += value.length * (name === 'patents' ? BYTES.patent : BYTES.record);
  }
  return bytes / 2 ** 20;
}

/**
 * Keeps the current snapshot of recently used counties and builds a new one when a version moves:
 * the registers are reloaded only when theirs did, and the materialised series is recomputed (and
 * written back) only when the stored one was computed from other versions. Concurrent readers
 * of a stale county wait for one rebuild. Within `budgetMb`, the counties used least recently are
 * let go first (a province of fifty holds what fits, not every county).
 */
export function createSnapshotStore(options: SnapshotStoreOptions) {
  const { handle, clock, records: source } = options;
  /** Least recently used first (a Map keeps insertion order; a read moves the county last). */
  const current = new Map<string, { snapshot: CountySnapshot; seriesRows: number }>();
  const building = new Map<string, Promise<CountySnapshot>>();
  const registers = new Map<string, { version: string; records: Promise<IndicatorRecords> }>();
  /** The versions last read per county, and when (a few strings a county, kept for every county asked about). */
  const checked = new Map<string, { at: number; versions: Versions }>();
  const checking = new Map<string, Promise<Versions>>();
  let evictions = 0;

  function forget(countyId: string): void {
    current.delete(countyId);
    checked.delete(countyId);
    registers.delete(countyId);
  }

  /**
   * The county's versions: read at most once a second (two small queries that would otherwise run
   * with every request), by one query for the requests that arrive together; `fresh` reads them
   * now, on its own, as after a change made here.
   */
  async function currentVersions(countyId: string, fresh: boolean): Promise<Versions> {
    const known = checked.get(countyId);
    if (!fresh && known && performance.now() - known.at < VERSION_CHECK_MS) return known.versions;
    let read = fresh ? undefined : checking.get(countyId);
    if (!read) {
      const pending = versions(countyId);
      if (!fresh) {
        read = pending.finally(() => checking.delete(countyId));
        checking.set(countyId, read);
      } else read = pending;
    }
    const v = await read;
    checked.set(countyId, { at: performance.now(), versions: v });
    return v;
  }

  function held(): { counties: number; megabytes: number } {
    let megabytes = 0;
    for (const { snapshot, seriesRows } of current.values()) megabytes += snapshotMegabytes(snapshot, seriesRows);
    return { counties: current.size, megabytes };
  }

  /** Marks the county used most recently and lets the least recently used go until the rest fit the budget. */
  function use(countyId: string, entry: { snapshot: CountySnapshot; seriesRows: number }): void {
    current.delete(countyId);
    current.set(countyId, entry);
    if (options.budgetMb === undefined) return;
    // Estimated afresh each time: the memo of a held snapshot grows as dates are asked.
    const sizes = new Map([...current].map(([id, e]) => [id, snapshotMegabytes(e.snapshot, e.seriesRows)]));
    let total = [...sizes.values()].reduce((sum, mb) => sum + mb, 0);
    for (const [id, mb] of sizes) {
      if (total <= options.budgetMb || id === countyId) break;
      // A county being rebuilt keeps its registers for the build under way.
      if (![...building.keys()].some((key) => key.startsWith(`${id}|`))) registers.delete(id);
      current.delete(id);
      total -= mb;
      evictions += 1;
    }
  }

  async function versions(countyId: string): Promise<Versions> {
    const [registersVersion, revisions] = await Promise.all([source.version(countyId), indicatorInputsRepository.revisions(handle.db, countyId)]);
    const today = shanghaiDate(clock.now());
    const { year, month } = civilOf(today);
    const lastMonth = monthEnd(year, month);
    const sourceVersion = [registersVersion, `inputs ${revisions.inputs}`, `plan ${revisions.plan}`, lastMonth, rulesFingerprint].join('|');
    // A new day needs a new snapshot (today's values, the default date) but not a new series.
    return { registersVersion, sourceVersion, today, lastMonth, key: `${sourceVersion}|${today}` };
  }

  /** The registers at a version, loaded once; loaded again only when the version or what they must include changes. */
  function registersOf(countyId: string, registersVersion: string, needs: RecordsNeeds): Promise<IndicatorRecords> {
    const version = `${registersVersion}|${needs.wholePatents ? 'patents' : 'facts'}`;
    const known = registers.get(countyId);
    if (known?.version === version) return known.records;
    const records = source.load(countyId, needs);
    registers.set(countyId, { version, records });
    records.catch(() => registers.delete(countyId));
    return records;
  }

  async function build(countyId: string, v: Versions): Promise<{ snapshot: CountySnapshot; seriesRows: number }> {
    const stored = await planRepository.current(handle.db, countyId);
    if (!stored) throw notFound('plan');
    const plan = stored.plan;
    const settings = await indicatorInputsRepository.settings(handle.db, countyId);
    const [records, officialValues, manualValues, state, surveyed] = await Promise.all([
      registersOf(countyId, v.registersVersion, { wholePatents: needsWholePatents(settings) }),
      indicatorInputsRepository.officialValues(handle.db, countyId),
      indicatorInputsRepository.manualValues(handle.db, countyId),
      indicatorSeriesRepository.state(handle.db, countyId),
      surveyedValues(handle.db, countyId, buildRegionTree(plan.regions).root),
    ]);
    const definitions = planDefinitions(plan);
    const reported: IndicatorRecords = { regions: plan.regions, officialValues: reportedValues(officialValues, manualValues, surveyed) };
    const months = monthEndsBetween(formatIsoDate(plan.period.startYear - HISTORY_YEARS, 1, 31), v.lastMonth);

    let rows: SeriesRow[];
    let seriesState: SeriesState;
    if (state && state.sourceVersion === v.sourceVersion) {
      rows = await indicatorSeriesRepository.rows(handle.db, countyId);
      seriesState = state;
    } else {
      const started = performance.now();
      rows = computeSeries({ definitions, records, reported, settings, months });
      seriesState = {
        sourceVersion: v.sourceVersion,
        registersVersion: v.registersVersion,
        firstMonth: months[0] ?? v.lastMonth,
        lastMonth: v.lastMonth,
        computedAt: clock.now().toISOString(),
        durationMs: Math.round(performance.now() - started),
      };
      const ruleVersions = new Map(definitions.map((d) => [d.key, d.ruleVersion]));
      await inWriteTransaction(handle, (tx) => indicatorSeriesRepository.replace(tx, countyId, rows, ruleVersions, seriesState));
    }

    const tree = buildRegionTree(plan.regions);
    const snapshot: CountySnapshot = {
      countyId,
      plan,
      catalog: indicatorCatalog(plan),
      definitions,
      root: tree.root,
      regionNames: new Map(plan.regions.map((r) => [r.code, r.name])),
      records,
      patents: (ids) => (records.patents ? Promise.resolve(patentsAmong(records.patents, ids)) : (source.patents?.(countyId, ids) ?? Promise.resolve([]))),
      reported,
      settings,
      officialValues,
      manualValues,
      registersVersion: v.registersVersion,
      sourceVersion: v.sourceVersion,
      key: v.key,
      today: v.today,
      series: indexSeries(rows, months),
      seriesState,
      memo: new Map(),
    };
    return { snapshot, seriesRows: rows.length };
  }

  return {
    /**
     * The county's current snapshot, rebuilt first if any input changed since the last one. The
     * versions are read at most once a second per county (two small queries that would otherwise
     * run with every dashboard request); `fresh` reads them now, as after a change made here.
     */
    async snapshot(countyId: string, options: { fresh?: boolean } = {}): Promise<CountySnapshot> {
      const v = await currentVersions(countyId, options.fresh === true);
      const entry = current.get(countyId);
      if (entry && entry.snapshot.key === v.key) {
        use(countyId, entry);
        return entry.snapshot;
      }
      const key = `${countyId}|${v.key}`;
      let pending = building.get(key);
      if (!pending) {
        pending = build(countyId, v)
          .then(({ snapshot, seriesRows }) => {
            building.delete(key);
            use(countyId, { snapshot, seriesRows });
            return snapshot;
          })
          .finally(() => building.delete(key));
        building.set(key, pending);
      }
      return pending;
    },

    /** The key and date a snapshot read now would have, without building one. */
    async versions(countyId: string, options: { fresh?: boolean } = {}): Promise<{ key: string; today: IsoDate }> {
      const v = await currentVersions(countyId, options.fresh === true);
      return { key: v.key, today: v.today };
    },

    /** Forget what is held for a county (its registers are reloaded on the next read). */
    forget,

    /** How many counties are held and their estimated size; how many were let go for the budget since the start. */
    held: () => ({ ...held(), evictions }),
  };
}

export type SnapshotStore = ReturnType<typeof createSnapshotStore>;
