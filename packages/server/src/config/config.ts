import { z } from 'zod';
import path from 'node:path';

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
});

export type Config = Omit<z.infer<typeof configSchema>, 'PLAN_FILE' | 'WEB_ROOT' | 'COUNTY'> & {
  PLAN_FILE: string;
  WEB_ROOT: string;
  COUNTY: string | undefined;
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
  };
}
