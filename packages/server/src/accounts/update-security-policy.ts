import { securityPolicySchema, type AuditJsonValue, type SecurityPolicy } from '@ipcounty/domain';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import type { CommandProps } from '../common/command-context.js';
import { AppError } from '../common/app-error.js';
import { securityPolicyRepository } from './security-policy.repository.js';

/**
 * The policy as the audit record keeps it. Its `password` section moves to another key, because
 * audit details drop every key that looks like a password (ASVS 16.2.5), and these are only rules.
 */
function auditablePolicy(policy: SecurityPolicy): AuditJsonValue {
  const { password, ...rest } = policy;
  return JSON.parse(JSON.stringify({ complexityAndRotation: password, ...rest })) as AuditJsonValue;
}

/**
 * 安全策略 (security administrator, GB/T 22239-2019 8.1.5.3): the whole policy document, checked
 * against the domain's bounds (no 4-character minimum, no 2-hour idle timeout) before it is
 * stored; audited with what it was and what it became. It applies from the next request on.
 */
export async function updateSecurityPolicy(props: CommandProps & { policy: unknown }): Promise<SecurityPolicy> {
  const { ctx, user } = props;
  const parsed = securityPolicySchema.safeParse(props.policy);
  if (!parsed.success)
    throw new AppError(400, 'invalid_policy', `Invalid security policy`, parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  const at = ctx.clock.now().toISOString();
  return inWriteTransaction(ctx.handle, async (tx) => {
    const before = await securityPolicyRepository.get(tx, props.countyId);
    await securityPolicyRepository.put(tx, props.countyId, parsed.data, at, user.audit.name);
    await recordAudit(tx, ctx.audit, {
      countyId: props.countyId,
      actor: user.audit,
      action: 'security.policy-changed',
      entity: 'security-policy',
      entityId: props.countyId,
      before: auditablePolicy(before),
      after: auditablePolicy(parsed.data),
      at,
    });
    return parsed.data;
  });
}
