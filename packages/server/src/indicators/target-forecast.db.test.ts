import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthEndsBetween, type Plan, type TrainingSession } from '@ipcounty/domain';
import { createTestApp, type TestApp } from '../http/__tests__/test-app.js';
import { planRepository } from '../plan/plan.repository.js';
import { memoryRecordsSource } from './__tests__/hand-register.js';
import { createIndicatorService } from './indicator-service.js';

/*
 * 培训…各类人员500人次 (cumulative from 2024-01-01) with one session a month on the 10th. Over the
 * 24 months before 2025-12-31 every monthly increment is the same, so the trend is flat and exact:
 * - 15 a month: 360 by 2025-12-31, 360 + 12 × 15 = 540 by 2026-12-31 → on track; 140 still needed, 11.67 a month;
 * - 10 a month: 240, forecast 360, below 95% of 500 → off track; 260 needed, 21.67 a month;
 * - 15 a month on 2026-10-31: 34 × 15 = 510 → achieved.
 */

let t: TestApp;
let plan: Plan;

beforeAll(async () => {
  t = await createTestApp();
  plan = (await planRepository.current(t.ctx.handle.db, 'jinhu'))!.plan;
});

afterAll(async () => {
  await t?.close();
});

function monthlyTraining(perMonth: number): TrainingSession[] {
  return monthEndsBetween('2022-01-31', '2026-11-30').map((monthEnd) => ({
    id: `S-${monthEnd}`,
    title: '知识产权培训',
    heldOn: `${monthEnd.slice(0, 8)}10`,
    participants: perMonth,
    audiences: ['executive'],
    organiser: '县市场监管局',
    region: 'licheng',
  }));
}

async function training(perMonth: number, asOf: string) {
  const service = createIndicatorService({ ...t.ctx, records: memoryRecordsSource({ regions: plan.regions, trainingSessions: monthlyTraining(perMonth) }, `training ${perMonth} a month`) });
  const dashboard = await service.dashboard('jinhu', asOf);
  const found = dashboard.targets.find((x) => x.code === 'training-participants');
  if (!found) throw new Error('no training target');
  return { summary: found, detail: await service.detail('jinhu', 'training-participants', { granularity: 'month', offset: 0, limit: 20, asOf }) };
}

describe('forecast to the plan’s end (2026-12-31)', () => {
  it('is on track at 15 a month, with the amount still needed per month and an exact interval', async () => {
    const { summary, detail } = await training(15, '2025-12-31');
    expect(summary.value).toBe(360);
    expect(summary.status).toBe('on-track');
    expect(summary.forecast).toMatchObject({ horizon: '2026-12-31', monthsRemaining: 12, current: 360 });
    expect(summary.forecast.forecast?.point).toBeCloseTo(540, 8);
    expect(summary.forecast.forecast?.high).toBeCloseTo(540, 8);
    expect(summary.forecast.neededPerMonth).toBeCloseTo(140 / 12, 10);
    // The band on the trend chart climbs 15 a month to the same point.
    expect(detail.band.map((p) => p.date)).toEqual(monthEndsBetween('2026-01-31', '2026-12-31'));
    expect(detail.band[0]?.point).toBeCloseTo(375, 8);
    expect(detail.band.at(-1)?.point).toBeCloseTo(540, 8);
  });

  it('is off track at 10 a month', async () => {
    const { summary } = await training(10, '2025-12-31');
    expect(summary.value).toBe(240);
    expect(summary.status).toBe('off-track');
    expect(summary.forecast.forecast?.point).toBeCloseTo(360, 8);
    expect(summary.forecast.neededPerMonth).toBeCloseTo(260 / 12, 10);
  });

  it('is achieved once the cumulative target is met', async () => {
    const { summary } = await training(15, '2026-10-31');
    expect(summary.value).toBe(510);
    expect(summary.status).toBe('achieved');
    expect(summary.attainedPercent).toBeCloseTo(102, 10);
  });
});
