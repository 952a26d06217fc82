import type { Config } from '../config/config.js';
import type { IndicatorService } from '../indicators/indicator-service.js';
import type { CommandContext } from '../common/command-context.js';

/**
 * What the routes need from the running server: what every command needs (database, clock,
 * audit; see shared/command-context.ts) and the settings, the version and the services built
 * once at start. Only routes and the code that starts the server import this.
 */
export interface ServerContext extends CommandContext {
  config: Config;
  version: string;
  /** 统计监测, built once at start (bootstrap.ts `serverContext`); tests may put one over registers of their own. */
  indicators: IndicatorService;
}
