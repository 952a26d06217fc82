import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../common/app-error.js';

/**
 * Bounds on every request body, whatever the route (README, Security): a body over `bodyBytes`
 * is refused with 413 before it is parsed; a parsed JSON body with a text, a name, a list or a
 * nesting beyond its bound is refused with 400 naming the field, before the route sees it.
 * Uploads (multipart) have their own limits (IMPORT_MAX_MB, ATTACHMENT_MAX_MB). A route may
 * allow more with `config: { inputLimits: { … } }`.
 */
export interface InputLimits {
  /** Bytes of a JSON or form body. */
  bodyBytes: number;
  /** Characters of any text field: a narrative, a comment, a note (about 13 pages of Chinese). */
  textChars: number;
  /** Characters of a name or title (`name`, `title`, `login`, `…Name`). */
  nameChars: number;
  /** Items of any list. */
  listItems: number;
  /** Levels of nesting. */
  depth: number;
}

export const INPUT_LIMITS: InputLimits = {
  bodyBytes: 1024 * 1024,
  textChars: 20_000,
  nameChars: 200,
  listItems: 10_000,
  depth: 32,
};

declare module 'fastify' {
  interface FastifyContextConfig {
    inputLimits?: Partial<InputLimits>;
  }
}

/** Keys whose value is a name or title, bounded like one. */
const NAME_KEY = /^(name|title|login|displayName|fullName)$|Name$/;

/** Runs after the access check (a caller without access learns nothing about the limits) and before validation. */
export function registerInputLimits(app: FastifyInstance): void {
  // A callback hook: it waits for nothing, and an async one costs a promise on every request.
  app.addHook('preValidation', (request, _reply, done) => {
    if (typeof request.body === 'string') checkText(request.body, 'body', limitsOf(request));
    else if (request.body !== null && typeof request.body === 'object') walk(request.body, 'body', limitsOf(request), 0);
    done();
  });
}

function limitsOf(request: FastifyRequest): InputLimits {
  const own = request.routeOptions.config.inputLimits;
  return own ? { ...INPUT_LIMITS, ...own } : INPUT_LIMITS;
}

function walk(value: unknown, path: string, limits: InputLimits, depth: number): void {
  if (depth > limits.depth) throw tooDeep(path, limits.depth);
  if (typeof value === 'string') {
    checkText(value, path, limits);
    return;
  }
  if (Array.isArray(value)) {
    if (value.length > limits.listItems) throw tooMany(path, limits.listItems);
    value.forEach((item, index) => walk(item, `${path}[${index}]`, limits, depth + 1));
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (typeof item === 'string' && NAME_KEY.test(key) && item.length > limits.nameChars) throw tooLong(`${path}.${key}`, limits.nameChars);
      walk(item, `${path}.${key}`, limits, depth + 1);
    }
  }
}

function checkText(text: string, path: string, limits: InputLimits): void {
  if (text.length > limits.textChars) throw tooLong(path, limits.textChars);
}

function tooLong(path: string, limit: number): AppError {
  const shown = limit.toLocaleString('en-US');
  return new AppError(400, 'field_too_long', `${path} is longer than ${shown} characters`, [{ path, message: `at most ${shown} characters` }], { path, shown });
}

function tooMany(path: string, limit: number): AppError {
  const shown = limit.toLocaleString('en-US');
  return new AppError(400, 'list_too_long', `${path} has more than ${shown} items`, [{ path, message: `at most ${shown} items` }], { path, shown });
}

function tooDeep(path: string, limit: number): AppError {
  return new AppError(400, 'too_deep', `The request nests deeper than ${limit} levels`, [{ path, message: `at most ${limit} levels` }], { limit });
}

/** The answer to a body over its limit, in the shape of every other error. */
export function bodyTooLarge(limitBytes: number): AppError {
  const megabytes = (limitBytes / 2 ** 20).toLocaleString('en-US', { maximumFractionDigits: 2 });
  return new AppError(413, 'body_too_large', `The request body is larger than ${megabytes} MB`, undefined, { megabytes });
}
