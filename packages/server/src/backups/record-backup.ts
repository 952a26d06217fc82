import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AuditJsonValue } from '@ipcounty/domain';
import type { AuditActor } from '../audit/audit-actor.js';
import type { AuditTrail } from '../audit/audit-trail.js';
import { recordAudit } from '../audit/record-audit.js';
import { installationCountyId } from '../counties/installation-county.js';
import type { DatabaseHandle } from '../database/connection.js';
import { inWriteTransaction } from '../database/transactions.js';

/** A finished backup file: its size and SHA-256, which the audit entry and the manifest name. */
export function backupFingerprint(file: string): { bytes: number; sha256: string } {
  return { bytes: fs.statSync(file).size, sha256: createHash('sha256').update(fs.readFileSync(file)).digest('hex') };
}

/**
 * Records a backup in the audit chain of the installation's county (备份, DJ-BAK-01), with its size,
 * SHA-256 and whatever the tool adds (the dump tool, the audit entries it holds).
 */
export async function recordBackup(
  handle: DatabaseHandle,
  props: { trail: AuditTrail; actor: AuditActor; county?: string | undefined },
  file: string,
  fingerprint: { bytes: number; sha256: string },
  details: Record<string, AuditJsonValue>,
  at?: string,
): Promise<void> {
  await inWriteTransaction(handle, async (tx) =>
    recordAudit(tx, props.trail, {
      countyId: await installationCountyId(tx, props.county),
      actor: props.actor,
      action: 'backups.created',
      entity: 'backup',
      entityId: path.basename(file),
      details: { ...fingerprint, ...details },
      ...(at ? { at } : {}),
    }),
  );
}
