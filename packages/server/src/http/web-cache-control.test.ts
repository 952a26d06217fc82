import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { webCacheControl } from './web-cache-control.js';

describe('webCacheControl', () => {
  it('keeps hashed assets for a year without asking again', () => {
    expect(webCacheControl(path.join('dist', 'assets', 'index-Cd0hdHmS.js'))).toBe('public, max-age=31536000, immutable');
  });

  it('has the browser check index.html and the favicon on every visit, so a new release is seen at once', () => {
    expect(webCacheControl(path.join('dist', 'index.html'))).toBe('no-cache');
    expect(webCacheControl(path.join('dist', 'favicon.svg'))).toBe('no-cache');
  });
});
