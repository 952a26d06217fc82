import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { CommandProps } from '../common/command-context.js';
import { registerSettingsRepository } from './register-settings.repository.js';
import { bumpRegistersVersion } from './registers-version.js';

/**
 * 重点产业 (the plan's 3+X): the industries enterprises are tagged with. Saved with who set them,
 * audited with the list before and after, and, like every change of the registers, bumps their
 * version.
 */
export async function saveKeyIndustries({ ctx, countyId, user, keyIndustries }: CommandProps & { keyIndustries: readonly string[] }): Promise<string[]> {
  const industries = [...new Set(keyIndustries)];
  const at = ctx.clock.now().toISOString();
  await inWriteTransaction(ctx.handle, async (tx) => {
    const before = await registerSettingsRepository.keyIndustries(tx, countyId);
    await registerSettingsRepository.saveKeyIndustries(tx, countyId, industries, at, user.audit.name);
    await recordAudit(tx, ctx.audit, { countyId, actor: user.audit, action: 'registers.changed', entity: 'key-industries', entityId: countyId, before, after: industries, at });
    await bumpRegistersVersion(tx, countyId, at);
  });
  return industries;
}
