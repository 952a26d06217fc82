/**
 * An error the user is meant to read. Thrown by commands; the HTTP layer turns it into
 * `{ error: { code, message, details } }` with its status, the CLI into a message and an
 * exit code. Anything else is an internal error and is logged, never shown.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new AppError(404, 'not_found', `${what}不存在 / ${what} not found`);
