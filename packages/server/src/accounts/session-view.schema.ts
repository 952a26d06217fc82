import type { CountySession, MySession } from '@ipcounty/domain';
import { z } from 'zod';

/** Since when, last seen when, from where and with which browser: what every session list shows. */
const seen = {
  createdAt: z.string(),
  lastSeenAt: z.string(),
  sourceIp: z.string().nullable(),
  userAgent: z.string().nullable(),
};

/** The sessions as the response schemas serialise them (in this key order); `satisfies` keeps them alike with the API contracts. */
export const mySessionSchema = z.object({ id: z.string(), ...seen, current: z.boolean() }) satisfies z.ZodType<MySession>;

export const countySessionSchema = z.object({
  id: z.string(),
  userId: z.string(),
  login: z.string(),
  displayName: z.string(),
  ...seen,
  restricted: z.boolean(),
}) satisfies z.ZodType<CountySession>;
