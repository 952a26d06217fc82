import { randomUUID } from 'node:crypto';
import { normalizeLoginName, type RoleId } from '@ipcounty/domain';
import { inWriteTransaction } from '../../database/transactions.js';
import type { ServerContext } from '../../http/context.js';
import type { Account } from '../account.js';
import { hashPassword } from '../password-hashing.js';
import { userRepository } from '../user.repository.js';

/** A password every seeded account uses; it passes the 等保 policy (12+ characters, 3 classes). */
export const seedPassword = 'Lotus-Pond-River-42';

const hashes = new Map<string, Promise<string>>();
/** One argon2id hash per distinct password per test file: seeding stays fast, the format stays real. */
const hashOnce = (password: string) => {
  let hash = hashes.get(password);
  if (!hash) hashes.set(password, (hash = hashPassword(password)));
  return hash;
};

export interface SeedAccount {
  login: string;
  roles?: RoleId[];
  password?: string;
  /** An administrator-issued one-time password (must be changed at the first sign-in). */
  temporary?: boolean;
  unitCode?: string | null;
  regionCode?: string | null;
  phone?: string | null;
  countyId?: string;
  /** When the password was set; the context's clock by default. */
  passwordSetAt?: string;
}

/** Writes an account straight into the database, as the administrators would have set it up. */
export async function seedAccount(ctx: Pick<ServerContext, 'handle' | 'clock'>, seed: SeedAccount): Promise<Account> {
  const countyId = seed.countyId ?? 'jinhu';
  const userId = randomUUID();
  const at = seed.passwordSetAt ?? ctx.clock.now().toISOString();
  const passwordHash = await hashOnce(seed.password ?? seedPassword);
  return inWriteTransaction(ctx.handle, async (tx) => {
    await userRepository.insert(tx, {
      countyId,
      userId,
      login: seed.login,
      loginKey: normalizeLoginName(seed.login),
      displayName: seed.login,
      phone: seed.phone ?? null,
      passwordHash,
      passwordTemporary: seed.temporary ?? false,
      at,
      createdBy: 'test',
    });
    await userRepository.setRoles(tx, countyId, userId, { roles: seed.roles ?? [], unitCode: seed.unitCode ?? null, regionCode: seed.regionCode ?? null }, at, 'test');
    return (await userRepository.findById(tx, countyId, userId))!;
  });
}
