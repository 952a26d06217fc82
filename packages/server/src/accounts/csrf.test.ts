import { describe, expect, it } from 'vitest';
import { csrfTokensMatch, generateCsrfToken, isSameOriginRequest, isStateChangingMethod } from './csrf.js';

const app = ['https://ipcounty.jinhu.gov.cn'];

describe('CSRF tokens', () => {
  it('AS-CSRF-01 generates 256-bit tokens that never repeat', () => {
    const tokens = new Set(Array.from({ length: 1000 }, generateCsrfToken));
    expect(tokens.size).toBe(1000);
    for (const t of tokens) expect(t).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('AS-CSRF-01 accepts only the session’s own token and never a missing one', () => {
    const token = generateCsrfToken();
    expect(csrfTokensMatch(token, token)).toBe(true);
    expect(csrfTokensMatch(token, generateCsrfToken())).toBe(false);
    expect(csrfTokensMatch(token, token.slice(0, -1))).toBe(false);
    expect(csrfTokensMatch(token, `${token}x`)).toBe(false);
    expect(csrfTokensMatch(token, undefined)).toBe(false);
    expect(csrfTokensMatch(token, '')).toBe(false);
    expect(csrfTokensMatch(undefined, undefined)).toBe(false);
    expect(csrfTokensMatch('', '')).toBe(false);
  });

  it('AS-CSRF-01 asks for the token on every method that changes state', () => {
    expect(['POST', 'PUT', 'PATCH', 'DELETE', 'post'].map(isStateChangingMethod)).toEqual([true, true, true, true, true]);
    expect(['GET', 'HEAD', 'OPTIONS', 'get'].map(isStateChangingMethod)).toEqual([false, false, false, false]);
  });
});

describe('isSameOriginRequest', () => {
  it('AS-CSRF-01 trusts Sec-Fetch-Site first: only same-origin passes', () => {
    expect(isSameOriginRequest({ secFetchSite: 'same-origin' }, app)).toBe(true);
    expect(isSameOriginRequest({ secFetchSite: 'same-site', origin: app[0] }, app)).toBe(false);
    expect(isSameOriginRequest({ secFetchSite: 'cross-site', origin: app[0] }, app)).toBe(false);
  });

  it('AS-CSRF-01 falls back to Origin, then Referer, and refuses a request that carries none', () => {
    expect(isSameOriginRequest({ origin: 'https://ipcounty.jinhu.gov.cn' }, app)).toBe(true);
    expect(isSameOriginRequest({ origin: 'https://evil.example' }, app)).toBe(false);
    expect(isSameOriginRequest({ origin: 'http://ipcounty.jinhu.gov.cn' }, app)).toBe(false);
    expect(isSameOriginRequest({ origin: 'https://ipcounty.jinhu.gov.cn.evil.example' }, app)).toBe(false);
    expect(isSameOriginRequest({ origin: 'null' }, app)).toBe(false);
    expect(isSameOriginRequest({ referer: 'https://ipcounty.jinhu.gov.cn/reports/12' }, app)).toBe(true);
    expect(isSameOriginRequest({ referer: 'https://evil.example/?https://ipcounty.jinhu.gov.cn' }, app)).toBe(false);
    expect(isSameOriginRequest({}, app)).toBe(false);
  });
});
