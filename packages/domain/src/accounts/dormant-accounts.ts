import { z } from 'zod';

const day = 24 * 60 * 60 * 1000;

/**
 * 应及时删除或停用多余的、过期的账户 (GB/T 22239-2019, DJ-AC-03): an account unused for this many
 * days is disabled at its next sign-in attempt. 90 days is 等保 practice; 0 turns it off.
 * Administrators are included; the last active holder of an administrator role is never disabled
 * this way (as by hand), or the installation would lose that duty.
 */
export const dormancyPolicySchema = z.object({
  disableAfterDays: z.union([z.literal(0), z.number().int().min(30).max(365)]),
});
export type DormancyPolicy = z.infer<typeof dormancyPolicySchema>;

export const defaultDormancyPolicy: DormancyPolicy = { disableAfterDays: 90 };

/**
 * When an account was last in use: its last sign-in, or when an administrator last created,
 * enabled or changed it (enabling a dormant account gives it a fresh start). ISO instants.
 */
export function lastUse(account: { lastLoginAt: string | null; createdAt: string; updatedAt: string }): number {
  return Math.max(...[account.lastLoginAt, account.createdAt, account.updatedAt].filter((t): t is string => t !== null).map((t) => Date.parse(t)));
}

/** Whether the account has been unused longer than the policy allows at `now` (epoch ms). */
export function isDormant(policy: DormancyPolicy, account: { lastLoginAt: string | null; createdAt: string; updatedAt: string }, now: number): boolean {
  return policy.disableAfterDays > 0 && now - lastUse(account) > policy.disableAfterDays * day;
}
