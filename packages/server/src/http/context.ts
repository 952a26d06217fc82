import type { Config } from '../config/config.js';
import type { DatabaseHandle } from '../database/connection.js';
import type { Clock } from '../shared/clock.js';

/** What every route and command needs from the running server. */
export interface ServerContext {
  config: Config;
  handle: DatabaseHandle;
  clock: Clock;
  version: string;
}
