import type { Config } from '../config/config.js';
import type { IndicatorService } from '../indicators/indicator-service.js';
import type { CommandContext } from '../common/command-context.js';

/**
 * What the document commands need: a command's context, the settings (attachments folder, SMTP,
 * the report schedule) and the indicator service, built once at start.
 */
export interface DocumentsContext extends CommandContext {
  config: Config;
  indicators: IndicatorService;
}
