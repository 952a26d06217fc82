import { describe, expect, it } from 'vitest';
import { normalizeRequestPath } from './normalize-path.js';

describe('normalizeRequestPath', () => {
  it('decodes percent-encoded letters so /%61pi/session is /api/session', () => {
    expect(normalizeRequestPath('/%61pi/session')).toBe('/api/session');
    expect(normalizeRequestPath('/%61%70%69/%73ession?x=%61')).toBe('/api/session?x=%61');
  });

  it('keeps reserved characters encoded: %2F never becomes a separator', () => {
    expect(normalizeRequestPath('/api%2fsession')).toBe('/api%2Fsession');
    expect(normalizeRequestPath('/api/users/a%20b')).toBe('/api/users/a%20b');
  });

  it('resolves dot segments, encoded or not, and collapses repeated slashes', () => {
    expect(normalizeRequestPath('/x/../api/./session')).toBe('/api/session');
    expect(normalizeRequestPath('/x/%2e%2e/api/session')).toBe('/api/session');
    expect(normalizeRequestPath('//api///session')).toBe('/api/session');
    expect(normalizeRequestPath('/../../api/session')).toBe('/api/session');
  });

  it('leaves an ordinary path alone, trailing slash included', () => {
    expect(normalizeRequestPath('/api/registers/patents?page=2')).toBe('/api/registers/patents?page=2');
    expect(normalizeRequestPath('/')).toBe('/');
    expect(normalizeRequestPath('/assets/')).toBe('/assets/');
  });
});
