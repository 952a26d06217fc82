import type { DatabaseHandle } from '../database/connection.js';
import { inWriteTransaction } from '../database/transactions.js';
import { userRepository } from './user.repository.js';

/**
 * Encrypts the phone numbers and TOTP secrets an earlier version stored in plain text, in one
 * transaction at start-up (the values do not change, only how they are stored). Returns the
 * number of accounts rewritten.
 */
export async function sealPlaintextFields(handle: DatabaseHandle): Promise<number> {
  return inWriteTransaction(handle, async (tx) => {
    const rows = await userRepository.withPlaintextFields(tx);
    for (const row of rows) await userRepository.sealFields(tx, row);
    return rows.length;
  });
}
