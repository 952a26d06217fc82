import { errorMessage } from '@ipcounty/domain';
import { AppError, ConfigError } from '@ipcounty/server';
import type { CliLanguage } from './cli-language.js';
import { UsageError } from './command-line.js';
import { exitCodes } from './exit-codes.js';
import { programMessages } from './catalogue/program.messages.js';

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
  zh?: string;
  en?: string;
}

/**
 * A refusal in the CLI's language, from its code and parameters. A refusal the CLI raised itself
 * already speaks the CLI's language; its code's wording then lacks the parameters (an unfilled
 * {name}), and its own message stands.
 */
function refusalText(error: AppError, lang: CliLanguage): string {
  const worded = errorMessage(error.code, error.params, lang);
  return worded && !/\{\w+\}/.test(worded) ? worded : error.message;
}

/** The exit code of an error the user is meant to read, by its HTTP status. */
const exitCodeOf = (error: AppError): number => (error.status === 404 ? exitCodes.notFound : error.status < 500 ? exitCodes.refused : exitCodes.failure);

/** Report a failure the way the user asked (text or --json), in the CLI's language, and return the exit code. */
export function reportFailure(options: OutputOptions, error: unknown, lang: CliLanguage): number {
  const text = programMessages[lang];
  if (error instanceof UsageError) {
    if (options.json) process.stdout.write(`${JSON.stringify({ error: { code: 'usage', message: error.message } }, null, 2)}\n`);
    else process.stderr.write(`${error.message}\n`);
    return exitCodes.usage;
  }
  if (error instanceof AppError) {
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ error: { code: error.code, message: refusalText(error, lang), params: error.params, details: error.details } }, null, 2)}\n`);
    } else {
      process.stderr.write(`${refusalText(error, lang)}\n`);
      if (Array.isArray(error.details))
        for (const p of error.details as Problem[])
          process.stderr.write(`  - ${p.path ?? (p.row !== undefined ? text.row(p.row) : '')}: ${(lang === 'en' ? p.en : p.zh) ?? p.message ?? JSON.stringify(p)}\n`);
    }
    return exitCodeOf(error);
  }
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    return exitCodes.usage;
  }
  process.stderr.write(`${text.unexpected(error instanceof Error ? error.message : String(error))}\n`);
  return exitCodes.failure;
}
