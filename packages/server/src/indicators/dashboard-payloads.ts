import { gzipSync } from 'node:zlib';
import type { DatabaseHandle } from '../database/connection.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { Clock } from '../common/clock.js';
import { codeFingerprint } from './code-fingerprint.js';
import { indicatorDashboardsRepository } from './indicator-dashboards.repository.js';

/** A dashboard as the route sends it: its JSON, and the same gzipped. */
export interface DashboardPayload {
  json: string;
  gzip: Buffer;
}

/** What the dashboards kept in memory may take, in megabytes (a county's is some 30–60 KB of JSON and a tenth of it gzipped). */
const MEMORY_MB = 32;

/** A dashboard computed from a snapshot: the snapshot's key and the date it is for, and its JSON. */
export interface ComputedDashboard {
  key: string;
  asOf: string;
  json: string;
}

const payloadOf = (json: string): DashboardPayload => ({ json, gzip: gzipSync(json) });
const bytesOf = (payload: DashboardPayload) => payload.json.length * 2 + payload.gzip.length;

/**
 * Dashboards by county, snapshot key and date: the last ones used in memory (within MEMORY_MB,
 * apart from the snapshots, which a province of fifty counties cannot all keep), every one computed
 * in the database (indicator_dashboards), so that after a restart a dashboard already computed from
 * the same inputs on the same day is read rather than computed from the registers again. A key
 * names every version a dashboard depends on (registers, the office's inputs, the plan, the rules,
 * the day), and the database's rows also the code that computed them (codeFingerprint), so a kept
 * dashboard is never one computed from other inputs or by another build.
 */
export function createDashboardPayloads(handle: DatabaseHandle, clock: Clock) {
  /** Least recently used first. */
  const held = new Map<string, DashboardPayload>();
  const making = new Map<string, Promise<DashboardPayload>>();
  let bytes = 0;
  /** Each county's last id: a key names every version, some hundreds of characters to join and hash on every request. */
  const lastIds = new Map<string, { key: string; asOf: string; id: string }>();

  function idOf(countyId: string, key: string, asOf: string): string {
    const last = lastIds.get(countyId);
    // The same key is the same string object until the versions are read again, so this compares references.
    if (last && last.key === key && last.asOf === asOf) return last.id;
    const id = `${countyId}|${key}|${asOf}`;
    lastIds.set(countyId, { key, asOf, id });
    return id;
  }

  function keep(id: string, payload: DashboardPayload): DashboardPayload {
    const before = held.get(id);
    if (before) bytes -= bytesOf(before);
    held.delete(id);
    held.set(id, payload);
    bytes += bytesOf(payload);
    for (const [oldest, kept] of held) {
      if (bytes <= MEMORY_MB * 2 ** 20 || oldest === id) break;
      held.delete(oldest);
      bytes -= bytesOf(kept);
    }
    return payload;
  }

  async function make(countyId: string, key: string, asOf: string, compute: () => Promise<ComputedDashboard>): Promise<DashboardPayload> {
    const stored = await indicatorDashboardsRepository.find(handle.db, countyId, asOf, `${codeFingerprint()}|${key}`);
    if (stored !== undefined) return keep(`${countyId}|${key}|${asOf}`, payloadOf(stored));
    const computed = await compute();
    const payload = keep(`${countyId}|${computed.key}|${computed.asOf}`, payloadOf(computed.json));
    // A cache: when it cannot be written (the database busy with an import), the next process computes again.
    await inWriteTransaction(handle, (tx) =>
      indicatorDashboardsRepository.put(tx, { countyId, asOf: computed.asOf, snapshotKey: `${codeFingerprint()}|${computed.key}`, json: computed.json, computedAt: clock.now().toISOString() }),
    ).catch(() => undefined);
    return payload;
  }

  return {
    /** The dashboard of the county at `asOf` under `key`: kept, stored, or computed (once for concurrent readers) and kept. */
    get(countyId: string, key: string, asOf: string, compute: () => Promise<ComputedDashboard>): Promise<DashboardPayload> {
      const id = idOf(countyId, key, asOf);
      const hit = held.get(id);
      if (hit) {
        held.delete(id);
        held.set(id, hit);
        return Promise.resolve(hit);
      }
      let pending = making.get(id);
      if (!pending) {
        pending = make(countyId, key, asOf, compute).finally(() => making.delete(id));
        making.set(id, pending);
      }
      return pending;
    },

    /** The dashboard if kept (in memory, else in the database), without computing it. */
    async peek(countyId: string, key: string, asOf: string): Promise<DashboardPayload | undefined> {
      const id = `${countyId}|${key}|${asOf}`;
      const hit = held.get(id);
      if (hit) return hit;
      const stored = await indicatorDashboardsRepository.find(handle.db, countyId, asOf, `${codeFingerprint()}|${key}`);
      return stored === undefined ? undefined : keep(id, payloadOf(stored));
    },

    held: () => ({ count: held.size, megabytes: bytes / 2 ** 20 }),
  };
}
