import type { AuditTrail } from '../audit/audit-trail.js';
import type { Config } from '../config/config.js';
import type { DatabaseHandle } from '../database/connection.js';
import type { IndicatorService } from '../indicators/indicator-service.js';
import type { Clock } from '../shared/clock.js';

/** What every route and command needs from the running server. */
export interface ServerContext {
  config: Config;
  handle: DatabaseHandle;
  clock: Clock;
  version: string;
  /** Writes and checks the audit chain (recordAudit, verifyAuditLog). */
  audit: AuditTrail;
  /** 统计监测: made on first use over the register tables unless given (tests give their own registers). */
  indicators?: IndicatorService;
}
