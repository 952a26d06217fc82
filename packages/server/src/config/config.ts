import { z } from 'zod';
import path from 'node:path';

/** INDICATOR_CACHE_MB when unset (and for an indicator service made without a configuration, as the command line's). */
export const INDICATOR_CACHE_MB_DEFAULT = 256;

/**
 * Every setting the server reads, validated once at start-up. A wrong value stops the
 * server with a readable list rather than failing later.
 */
const configSchema = z.object({
  /** A SQLite file path (default ./data/ipcounty.sqlite) or a postgres:// URL. */
  DATABASE_URL: z.string().min(1).default('./data/ipcounty.sqlite'),
  /** TCP port; 0 picks a free one. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Interface to listen on. 127.0.0.1 keeps a fresh install private; use 0.0.0.0 behind a proxy. */
  HOST: z.string().min(1).default('127.0.0.1'),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The plan loaded into an empty database (YAML or JSON). */
  PLAN_FILE: z.string().min(1).optional(),
  /** The county (tenant) this instance serves by default. */
  COUNTY: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and hyphens').optional(),
  /** Folder of the built web app; empty to serve the API only. */
  WEB_ROOT: z.string().optional(),
  /** Set when a reverse proxy terminates HTTPS: cookies become Secure and client addresses come from X-Forwarded-For. */
  TRUST_PROXY: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /**
   * A file holding the key (at least 32 bytes; keep it outside the database and its backups, mode
   * 0600) that makes the audit chain an HMAC, so someone able to edit rows cannot rebuild it.
   * Unset: the server makes one at its first start, `KEYS_DIR/audit-hmac.key`, and says where.
   */
  AUDIT_HMAC_KEY_FILE: z.string().min(1).optional(),
  /**
   * The AES-256-GCM key (32 bytes) that encrypts TOTP secrets and phone numbers in the database.
   * Unset: made at the first start as `KEYS_DIR/field-encryption.key`. Losing it loses those fields.
   */
  FIELD_ENCRYPTION_KEY_FILE: z.string().min(1).optional(),
  /** Where keys made at the first start are kept: outside the database, never in its backups. */
  KEYS_DIR: z.string().min(1).default('data/keys'),
  /** The audit chain's hash: SHA-256, or SM3 where 密评 (GB/T 39786-2021) asks for 商用密码. */
  AUDIT_HASH: z.enum(['sha256', 'sm3']).default('sha256'),
  /** The mail relay for reminders (提醒、催办、督办单). Unset: reminders are shown in the app only. */
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(25),
  /** TLS from the first byte (usually port 465); otherwise STARTTLS is used when the relay offers it. */
  SMTP_SECURE: z
    .enum(['true', 'false', '1', '0'])
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASSWORD: z.string().min(1).optional(),
  /** The sender of reminder e-mails. */
  SMTP_FROM: z.string().min(3).default('IPCounty <ipcounty@localhost>'),
  /** The address users open the app at, for links in e-mails (e.g. https://ip.jinhu.gov.cn). */
  PUBLIC_URL: z.string().url().optional(),
  /** Where evidence files (佐证材料) are kept, one folder per county; never served directly. */
  ATTACHMENTS_DIR: z.string().min(1).default('data/attachments'),
  /** Largest evidence file accepted, in megabytes. */
  ATTACHMENT_MAX_MB: z.coerce.number().positive().max(200).default(20),
  /**
   * 示例数据: `auto` loads the demo registers, ledgers, evaluation, survey and the year's work plan into
   * a county nothing was ever imported into; `without-work-plan` leaves the work plan and its rounds to
   * the office (a county trying the registers while it keeps its own supervision); `off` loads nothing.
   */
  DEMO_DATA: z.enum(['auto', 'without-work-plan', 'off']).default('auto'),
  /**
   * 示例县: on an empty database, 1 loads the plan file's county alone; 2 or 3 also load the fictional
   * demo counties of plans/demo-*.yaml with their demo registers and a provincial office account
   * `province`, so the provincial comparison has counties to compare.
   */
  DEMO_COUNTIES: z.coerce.number().int().min(1).max(3).default(1),
  /**
   * A streaming replica of DATABASE_URL (postgres:// only). Set, dashboards, lists and exports read
   * from it; writes, and reads that follow a write of the same request, go to the primary. If the
   * replica cannot be reached, reads fall back to the primary.
   */
  DATABASE_READ_URL: z.string().regex(/^postgres(ql)?:\/\//, 'a postgres:// URL').optional(),
  /**
   * How many megabytes of the counties' indicator snapshots (their registers as the engine reads
   * them, the materialised series, the values computed from them) the server keeps in memory, by
   * an estimate: past it, the counties used least recently are let go and read again when next
   * asked for. The county in use is always kept, whatever its size (a county of 100,000 patents
   * takes about 25 MB of heap, one of 1,000,000 about 230 MB; the process's resident memory grows by
   * two to three times the heap). Dashboards already computed are kept apart from this (in memory
   * and in the database), so the provincial comparison does not need the snapshots.
   */
  INDICATOR_CACHE_MB: z.coerce.number().int().min(0).max(65_536).default(INDICATOR_CACHE_MB_DEFAULT),
  /** Largest register file accepted for upload in the web app, in megabytes (the CLI reads any size). */
  IMPORT_MAX_MB: z.coerce.number().positive().max(2000).default(100),
  /**
   * 统计分析报告 made by the server on its own: `monthly,quarterly,yearly` (the default) generates
   * each period's reports once it has ended; any subset; `off` leaves them to `ipcounty reports generate`.
   */
  REPORT_SCHEDULE: z
    .string()
    .default('monthly,quarterly,yearly')
    .transform((v) => (v.trim() === 'off' ? [] : v.split(',').map((k) => k.trim())))
    .pipe(z.array(z.enum(['monthly', 'quarterly', 'yearly']))),
});

export type Config = Omit<z.infer<typeof configSchema>, 'PLAN_FILE' | 'WEB_ROOT' | 'COUNTY' | 'AUDIT_HMAC_KEY_FILE' | 'FIELD_ENCRYPTION_KEY_FILE'> & {
  PLAN_FILE: string;
  WEB_ROOT: string;
  COUNTY: string | undefined;
  AUDIT_HMAC_KEY_FILE: string | undefined;
  FIELD_ENCRYPTION_KEY_FILE: string | undefined;
};

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** The repository root, found from this file's location (dist/config or src/config). */
export const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const c = parsed.data;
  return {
    ...c,
    PLAN_FILE: c.PLAN_FILE ?? path.join(repositoryRoot, 'plans/jinhu-2024-2026.yaml'),
    WEB_ROOT: c.WEB_ROOT ?? path.join(repositoryRoot, 'packages/web/dist'),
    COUNTY: c.COUNTY,
    AUDIT_HMAC_KEY_FILE: c.AUDIT_HMAC_KEY_FILE,
    FIELD_ENCRYPTION_KEY_FILE: c.FIELD_ENCRYPTION_KEY_FILE,
  };
}
