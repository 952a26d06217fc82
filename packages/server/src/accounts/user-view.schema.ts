import type { UserView } from '@ipcounty/domain';
import { z } from 'zod';

/** UserView as the response schema serialises it; `satisfies` keeps the two alike. */
export const userViewSchema = z.object({
  id: z.string(),
  login: z.string(),
  displayName: z.string(),
  phone: z.string().nullable(),
  phoneMasked: z.boolean(),
  email: z.string().nullable(),
  unitCode: z.string().nullable(),
  regionCode: z.string().nullable(),
  roles: z.array(z.string()),
  status: z.enum(['active', 'disabled']),
  mfaEnrolled: z.boolean(),
  passwordTemporary: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
  lockedUntil: z.string().nullable(),
}) satisfies z.ZodType<UserView>;

export const userIdParams = z.object({ id: z.string().min(1).max(64) });
