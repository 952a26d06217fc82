import { shanghaiDate } from '@ipcounty/domain';
import { z } from 'zod';
import { countyQuery } from '../counties/county-of-request.js';
import type { Clock } from '../common/clock.js';

/** `?year=`: the plan year a supervision page is about. */
export const yearQuery = countyQuery.extend({ year: z.coerce.number().int().min(1980).max(2100).optional() });

/** The year a request asks about: `?year=`, else this year in China. */
export function yearOf(clock: Clock, query: { year?: number | undefined }): number {
  return query.year ?? Number(shanghaiDate(clock.now().toISOString()).slice(0, 4));
}
