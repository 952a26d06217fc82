import { z } from 'zod';

export const userViewSchema = z.object({
  id: z.string(),
  login: z.string(),
  displayName: z.string(),
  phone: z.string().nullable(),
  phoneMasked: z.boolean(),
  unitCode: z.string().nullable(),
  regionCode: z.string().nullable(),
  roles: z.array(z.string()),
  status: z.enum(['active', 'disabled']),
  mfaEnrolled: z.boolean(),
  passwordTemporary: z.boolean(),
  createdAt: z.string(),
  lastLoginAt: z.string().nullable(),
  lockedUntil: z.string().nullable(),
});

export const userIdParams = z.object({ id: z.string().min(1).max(64) });
