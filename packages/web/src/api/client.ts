/**
 * The one way the web talks to the server: same-origin fetch, JSON in and out, errors in the
 * server's `{ error: { code, message } }` shape turned into ApiError and reported once.
 */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** What the server listed as the reasons (password policy problems, role conflicts…). */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
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

function isServerError(body: unknown): body is { error: { code: string; message: string; details?: unknown } } {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const error = (body as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'message' in error && 'code' in error;
}

async function errorFrom(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  if (isServerError(body)) return new ApiError(response.status, String(body.error.code), String(body.error.message), body.error.details);
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

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
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
    if (!options.quiet) errorListener?.(error);
    throw error;
  }

  if (!response.ok) {
    const error = await errorFrom(response);
    // The sign-in page takes over; a message about it would only repeat that.
    if (error.status === 401 && error.code === 'not_signed_in') signedOutListener?.();
    else if (!options.quiet) errorListener?.(error);
    throw error;
  }
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
