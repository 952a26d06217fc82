import type { Dashboard, IndicatorDetail, IndicatorSettings, IsoDate, OfficialComparison, RecordsBehind } from '@ipcounty/domain';
import type { AuditTrail } from '../audit/audit-trail.js';
import type { DatabaseHandle } from '../database/connection.js';
import { AppError } from '../common/app-error.js';
import type { Clock } from '../common/clock.js';
import { INDICATOR_CACHE_MB_DEFAULT } from '../config/config.js';
import { createSnapshotStore, type CountySnapshot } from './county-snapshot.js';
import { createDashboardPayloads, type DashboardPayload } from './dashboard-payloads.js';
import { buildDashboard } from './dashboard.view.js';
import { defaultRecordsSource } from './default-records-source.js';
import { catalogEntry } from './indicator-catalog.js';
import {
  deleteManualValue,
  deleteOfficialValue,
  saveIndicatorSettings,
  saveManualValue,
  saveOfficialValue,
  type IndicatorCommandProps,
} from './indicator-commands.js';
import { buildDetail, ruleStatement, type DetailOptions } from './indicator-detail.view.js';
import type { ManualValueInput, OfficialValueInput } from './indicator-input.schema.js';
import type { SeriesState } from './indicator-series.repository.js';
import { settingsView } from './indicator-settings.view.js';
import { compareOfficial } from './official-comparison.js';
import type { RecordsSource } from './records-source.js';
import { recordsBehind, type RecordsQuery } from './records-behind.view.js';

/** The dashboard of a snapshot at a date, built once: everything in it depends on nothing else. */
function dashboardOf(snapshot: CountySnapshot, asOf: IsoDate): Dashboard {
  const key = `dashboard@${asOf}`;
  let dashboard = snapshot.memo.get(key) as Dashboard | undefined;
  if (!dashboard) snapshot.memo.set(key, (dashboard = buildDashboard(snapshot, asOf)));
  return dashboard;
}

export interface IndicatorServiceOptions {
  handle: DatabaseHandle;
  clock: Clock;
  audit: AuditTrail;
  /** The registers; the register tables by default. */
  records?: RecordsSource;
  /** The snapshots' memory budget in megabytes (INDICATOR_CACHE_MB); its default when absent. */
  cacheMb?: number;
}

/** A change's props without the context, which the service holds. */
type Change<T = object> = Omit<IndicatorCommandProps, 'ctx'> & T;

/**
 * 统计监测 for the routes, the command line and the registers' importers: every view of the
 * indicators at any date, and every change the office makes to their inputs. Reads go through
 * the county's current snapshot, which a change of any version replaces, so a value never comes
 * from stale registers or settings; changes made here refresh the materialised series before
 * they return.
 */
export function createIndicatorService(options: IndicatorServiceOptions) {
  const store = createSnapshotStore({
    handle: options.handle,
    clock: options.clock,
    records: options.records ?? defaultRecordsSource(options.handle),
    budgetMb: options.cacheMb ?? INDICATOR_CACHE_MB_DEFAULT,
  });
  const ctx = { handle: options.handle, clock: options.clock, audit: options.audit };

  /** The as-of date asked for, or today; never after today (what is not yet known is a forecast). */
  function asOfDate(snapshot: CountySnapshot, asOf: IsoDate | undefined): IsoDate {
    const date = asOf ?? snapshot.today;
    if (date > snapshot.today) throw new AppError(422, 'as_of_in_future', `The date cannot be after today (${snapshot.today})`, undefined, { today: snapshot.today });
    return date;
  }

  /**
   * The snapshot to answer a question about `asOf` from. A held snapshot is up to a second old, so
   * just after midnight it may still think today is yesterday: a date past its today asks afresh.
   */
  async function snapshotFor(countyId: string, asOf: IsoDate | undefined): Promise<CountySnapshot> {
    const snapshot = await store.snapshot(countyId);
    return asOf !== undefined && asOf > snapshot.today ? store.snapshot(countyId, { fresh: true }) : snapshot;
  }

  const payloads = createDashboardPayloads(options.handle, options.clock);

  /**
   * The payload for the date asked (today by default), found by the key the county's snapshot has
   * now: in memory, else in the database, else computed from the snapshot and kept in both.
   */
  async function versionsFor(countyId: string, asOf: IsoDate | undefined): Promise<{ key: string; today: IsoDate }> {
    let v = await store.versions(countyId);
    // Versions are up to a second old: a date past their today asks afresh (just after midnight).
    if (asOf !== undefined && asOf > v.today) v = await store.versions(countyId, { fresh: true });
    if (asOf !== undefined && asOf > v.today) throw new AppError(422, 'as_of_in_future', `The date cannot be after today (${v.today})`, undefined, { today: v.today });
    return v;
  }

  async function payloadOf(countyId: string, asOf: IsoDate | undefined): Promise<DashboardPayload> {
    const v = await versionsFor(countyId, asOf);
    return payloads.get(countyId, v.key, asOf ?? v.today, async () => {
      const snapshot = await store.snapshot(countyId);
      const date = asOfDate(snapshot, asOf);
      // Kept under the key it was computed from, which a change made meanwhile may have moved on from.
      return { key: snapshot.key, asOf: date, json: JSON.stringify(dashboardOf(snapshot, date)) };
    });
  }

  async function afterChange<T>(countyId: string, work: Promise<T>): Promise<T> {
    const result = await work;
    await store.snapshot(countyId, { fresh: true });
    return result;
  }

  return {
    snapshot: (countyId: string) => store.snapshot(countyId, { fresh: true }),

    /** Bring the materialised series up to date now (after a register import commits); a no-op when current. */
    async refresh(countyId: string): Promise<SeriesState> {
      return (await store.snapshot(countyId, { fresh: true })).seriesState;
    },

    async dashboard(countyId: string, asOf?: IsoDate): Promise<Dashboard> {
      const snapshot = await snapshotFor(countyId, asOf);
      return dashboardOf(snapshot, asOfDate(snapshot, asOf));
    },

    /**
     * The dashboard as JSON and gzipped, made once per snapshot key and date and kept apart from
     * the snapshots (dashboard-payloads.ts): the busiest route sends these bytes as they are, so a
     * request costs no rebuilding, serialising or compressing, and after a restart the dashboards
     * computed before it are read from the database rather than from the registers.
     */
    dashboardPayload: (countyId: string, asOf?: IsoDate): Promise<DashboardPayload> => payloadOf(countyId, asOf),

    /**
     * The dashboard as the route sends it (its JSON read back): what the provincial comparison
     * compares. It needs no snapshot when the payload is kept, so comparing fifty counties holds
     * fifty dashboards, not fifty counties' registers.
     */
    async sentDashboard(countyId: string, asOf?: IsoDate): Promise<Dashboard> {
      return JSON.parse((await payloadOf(countyId, asOf)).json) as Dashboard;
    },

    /** The dashboard as sentDashboard gives it when it is kept (computed before from the same inputs); undefined when it would have to be computed. */
    async keptDashboard(countyId: string, asOf?: IsoDate): Promise<Dashboard | undefined> {
      const v = await versionsFor(countyId, asOf);
      const payload = await payloads.peek(countyId, v.key, asOf ?? v.today);
      return payload && (JSON.parse(payload.json) as Dashboard);
    },

    /** What the caches hold now, for the benchmark: snapshots (counties and estimated megabytes) and dashboards. */
    held: () => ({ snapshots: store.held(), dashboards: payloads.held() }),

    async detail(countyId: string, code: string, query: Omit<DetailOptions, 'asOf'> & { asOf?: IsoDate }): Promise<IndicatorDetail> {
      const snapshot = await snapshotFor(countyId, query.asOf);
      return buildDetail(snapshot, catalogEntry(snapshot.plan, code), { ...query, asOf: asOfDate(snapshot, query.asOf) });
    },

    async records(countyId: string, code: string, query: Omit<RecordsQuery, 'asOf'> & { asOf?: IsoDate }): Promise<RecordsBehind> {
      const snapshot = await snapshotFor(countyId, query.asOf);
      return recordsBehind(snapshot, catalogEntry(snapshot.plan, code), { ...query, asOf: asOfDate(snapshot, query.asOf) });
    },

    async settings(countyId: string, code: string): Promise<IndicatorSettings> {
      const snapshot = await store.snapshot(countyId);
      const entry = catalogEntry(snapshot.plan, code);
      return { indicator: code, rule: ruleStatement(snapshot, entry), settings: settingsView(entry.definition, snapshot.settings[entry.definition.key]) };
    },

    async officialValues(countyId: string, code?: string): Promise<OfficialComparison[]> {
      const snapshot = await store.snapshot(countyId);
      const entries = code ? [catalogEntry(snapshot.plan, code)] : snapshot.catalog;
      return entries.flatMap((entry) =>
        snapshot.officialValues.filter((o) => o.indicatorKey === entry.definition.key).map((o) => compareOfficial(snapshot, entry.definition, o)),
      );
    },

    async manualValues(countyId: string, code: string) {
      const snapshot = await store.snapshot(countyId);
      const entry = catalogEntry(snapshot.plan, code);
      return snapshot.manualValues.filter((m) => m.indicatorKey === entry.definition.key);
    },

    saveSettings: (props: Change<{ overrides: Record<string, unknown> }>) => afterChange(props.countyId, saveIndicatorSettings({ ...props, ctx })),
    saveOfficialValue: (props: Change<{ input: OfficialValueInput; id?: string }>) => afterChange(props.countyId, saveOfficialValue({ ...props, ctx })),
    deleteOfficialValue: (props: Change<{ id: string }>) => afterChange(props.countyId, deleteOfficialValue({ ...props, ctx })),
    saveManualValue: (props: Change<{ input: ManualValueInput; id?: string }>) => afterChange(props.countyId, saveManualValue({ ...props, ctx })),
    deleteManualValue: (props: Change<{ id: string }>) => afterChange(props.countyId, deleteManualValue({ ...props, ctx })),
  };
}

export type IndicatorService = ReturnType<typeof createIndicatorService>;
