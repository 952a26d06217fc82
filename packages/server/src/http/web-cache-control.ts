import path from 'node:path';

/**
 * How long a browser may keep a file of the built web app. Vite names everything under assets/ by
 * a hash of its content, so a changed file is a new name and the old one can be kept for a year
 * without asking again; index.html and the other unhashed files name the current assets and are
 * checked on every visit.
 */
export function webCacheControl(filePath: string): string {
  const inAssets = filePath.split(path.sep).includes('assets');
  return inAssets ? 'public, max-age=31536000, immutable' : 'no-cache';
}
