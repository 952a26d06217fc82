import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

/**
 * A browser as far as the API can tell: it keeps the cookies the server sets (and drops the ones
 * it clears), sends them back, comes from the app's own origin and, like the web client, copies
 * the readable CSRF cookie into the x-csrf-token header of every state-changing request.
 */
export class TestBrowser {
  readonly cookies = new Map<string, string>();

  /** What `Origin` says; the app's own by default (light-my-request's Host is localhost:80). */
  readonly origin: string;
  /** The client address the server sees (request.ip). */
  readonly remoteAddress: string;

  constructor(
    private readonly app: FastifyInstance,
    options: { origin?: string; remoteAddress?: string } = {},
  ) {
    this.origin = options.origin ?? 'http://localhost';
    this.remoteAddress = options.remoteAddress ?? '127.0.0.1';
  }

  async request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    payload?: unknown,
    options: { headers?: Record<string, string>; csrf?: boolean } = {},
  ): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { origin: this.origin, ...options.headers };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const csrf = this.cookies.get('ipcounty_csrf');
    if (method !== 'GET' && csrf && options.csrf !== false && !('x-csrf-token' in headers)) headers['x-csrf-token'] = csrf;
    const response = await this.app.inject({
      method,
      url,
      headers,
      remoteAddress: this.remoteAddress,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
    this.remember(response);
    return response;
  }

  get = (url: string) => this.request('GET', url);
  post = (url: string, payload?: unknown) => this.request('POST', url, payload ?? {});
  put = (url: string, payload?: unknown) => this.request('PUT', url, payload ?? {});
  patch = (url: string, payload?: unknown) => this.request('PATCH', url, payload ?? {});
  delete = (url: string) => this.request('DELETE', url);

  /** Signs in; throws unless the server answers 200. */
  async signIn(login: string, password: string, totp?: string): Promise<LightMyRequestResponse> {
    const response = await this.post('/api/session', totp === undefined ? { login, password } : { login, password, totp });
    if (response.statusCode !== 200) throw new Error(`sign-in as ${login} failed: ${response.statusCode} ${response.body}`);
    return response;
  }

  private remember(response: LightMyRequestResponse): void {
    for (const cookie of response.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      const expired = (cookie.expires && cookie.expires.getTime() <= Date.now()) || cookie.maxAge === 0 || cookie.value === '';
      if (expired) this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
  }
}
