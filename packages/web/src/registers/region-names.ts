import type { RegisterKind } from '@ipcounty/domain';
import { useCallback } from 'react';
import { usePlan } from '../plan/plan-context.js';

/** Region code → name, from the plan. */
export function useRegionNames(): (code: string) => string {
  const { plan } = usePlan();
  return useCallback((code: string) => plan.regions.find((r) => r.code === code)?.name ?? code, [plan]);
}

/** A patent's key as CNIPA writes it (202310123456.6); other keys as they are. */
export function formatRecordKey(kind: RegisterKind, key: string): string {
  return kind === 'patents' && /^\d{8}(?:\d{4})?[\dX]$/.test(key) ? `${key.slice(0, -1)}.${key.slice(-1)}` : key;
}
