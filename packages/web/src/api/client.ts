import { errorMessage, type ErrorParams, type MessageLanguage } from '@ipcounty/domain/error-message';

/**
 * The one way the web talks to the server: same-origin fetch, JSON in and out, errors in the
 * server's `{ error: { code, message, params? } }` shape turned into ApiError and reported once.
 */

/** The page's language, which the locale provider keeps on `<html lang>`; Chinese until it has. */
export function pageLanguage(): MessageLanguage {
  return document.documentElement.lang === 'en' ? 'en' : 'zh-CN';
}

/**
 * A refusal or failure of the server, worded in the page's language from its code and parameters
 * (the server's own English message is kept as `serverMessage`, for the console).
 */
export class ApiError extends Error {
  /** Set once the error has been shown to the user, so a caller that lets it go unhandled adds nothing. */
  reported = false;

  constructor(
    readonly status: number,
    readonly code: string,
    readonly serverMessage: string,
    /** What the server listed as the reasons (password policy problems, role conflicts…). */
    readonly details?: unknown,
    readonly params?: ErrorParams,
  ) {
    super(
      errorMessage(code, params, pageLanguage()) ??
        (status === 0 ? errorMessage('network_error', undefined, pageLanguage()) : undefined) ??
        errorMessage('request_failed', { status }, pageLanguage()) ??
        serverMessage,
    );
    this.name = 'ApiError';
  }
}

// A page that lets a failed request go (`void save()`) would otherwise log an uncaught promise
// error for a refusal the user has already been shown.
if (typeof window !== 'undefined') {
  window.addEventListener('unhandledrejection', (event) => {
    const reason: unknown = event.reason;
    if (reason instanceof ApiError && reason.reported) event.preventDefault();
    if (reason instanceof DOMException && reason.name === 'AbortError') event.preventDefault();
  });
}

type ErrorListener = (error: ApiError) => void;
let errorListener: ErrorListener | null = null;

/** The app shell registers how errors are shown (an antd message); returns the unregister call. */
export function reportApiErrorsTo(listener: ErrorListener): () => void {
  errorListener = listener;
  return () => {
    if (errorListener === listener) errorListener = null;
  };
}

let signedOutListener: (() => void) | null = null;

/**
 * The session layer registers what happens when the server answers 401 (the session ended: idle,
 * signed out elsewhere, account disabled): it shows the sign-in page. Returns the unregister call.
 */
export function reportSignedOutTo(listener: () => void): () => void {
  signedOutListener = listener;
  return () => {
    if (signedOutListener === listener) signedOutListener = null;
  };
}

const csrfCookie = 'ipcounty_csrf';

function readCookie(name: string): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}

function isServerError(body: unknown): body is { error: { code: string; message: string; details?: unknown; params?: ErrorParams } } {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'message' in error && 'code' in error;
}

async function errorFrom(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (isServerError(body)) return new ApiError(response.status, String(body.error.code), String(body.error.message), body.error.details, body.error.params);
  return new ApiError(response.status, 'http_error', `${response.status} ${response.statusText}`.trim());
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** A file upload: sent as multipart/form-data (the browser sets the boundary), instead of `body`. */
  formData?: FormData;
  signal?: AbortSignal;
  /** Don't show the error to the user; the caller handles it. */
  quiet?: boolean;
}

function report(error: ApiError, options: RequestOptions): void {
  if (options.quiet || !errorListener) return;
  errorListener(error);
  error.reported = true;
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': pageLanguage() };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    const token = readCookie(csrfCookie);
    if (token) headers['x-csrf-token'] = token;
  }

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: options.formData ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    const error = new ApiError(0, 'network_error', cause instanceof Error ? cause.message : String(cause));
    report(error, options);
    throw error;
  }

  if (!response.ok) {
    const error = await errorFrom(response);
    // The sign-in page takes over; a message about it would only repeat that.
    if (error.status === 401 && error.code === 'not_signed_in') {
      signedOutListener?.();
      error.reported = signedOutListener !== null;
    } else report(error, options);
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
