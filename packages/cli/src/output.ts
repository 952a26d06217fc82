import { AppError, ConfigError } from '@ipcounty/server';
import { exitCodes } from './exit-codes.js';

export interface OutputOptions {
  json?: boolean;
}

export function print(options: OutputOptions, value: unknown, text: () => string): void {
  process.stdout.write(options.json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
}

interface Problem {
  path?: string;
  row?: number;
  message?: string;
}

/** Report a failure the way the user asked (text or --json) and return the exit code. */
export function reportFailure(options: OutputOptions, error: unknown): number {
  if (error instanceof AppError) {
    const code = error.status === 404 ? exitCodes.notFound : error.status < 500 ? exitCodes.refused : exitCodes.failure;
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ error: { code: error.code, message: error.message, details: error.details } }, null, 2)}\n`);
    } else {
      process.stderr.write(`${error.message}\n`);
      if (Array.isArray(error.details))
        for (const p of error.details as Problem[])
          process.stderr.write(`  - ${p.path ?? (p.row !== undefined ? `row ${p.row}` : '')}: ${p.message ?? JSON.stringify(p)}\n`);
    }
    return code;
  }
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    return exitCodes.usage;
  }
  process.stderr.write(`ipcounty: ${error instanceof Error ? error.message : String(error)}\n`);
  return exitCodes.failure;
}
