import { errorMessage, variantParam, type ErrorParams } from '@ipcounty/domain';

/**
 * An error the user is meant to read. Thrown by commands; the HTTP layer turns it into
 * `{ error: { code, message, params?, details } }` with its status, the CLI into a message and an
 * exit code. Anything else is an internal error and is logged, never shown.
 *
 * `code` is stable for programs; `message` is English, for logs and API clients; `params` are what
 * the message names (a login, a limit, a list of units), so the web and the command line word the
 * refusal in their user's language from the catalogue in `domain/text/error-messages.*.ts`.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly params?: ErrorParams,
  ) {
    super(message);
  }
}

/** What a 404 names: the kind of object (a subject of the catalogue: 'report', 'work-item') and its id. */
export interface Missing {
  subject: string;
  id?: string | number;
}

/**
 * A 404 that reads naturally in either language ("报告不存在", "Report not found"): the subject is
 * worded by the catalogue, the id travels as a parameter for programs.
 */
export function notFound(subject: string | Missing, id?: string | number): AppError {
  const what = typeof subject === 'string' ? { subject, id } : subject;
  const params: ErrorParams = { [variantParam]: what.subject, ...(what.id === undefined ? {} : { id: what.id }) };
  return new AppError(404, 'not_found', errorMessage('not_found', params, 'en') ?? 'Not found', undefined, params);
}
