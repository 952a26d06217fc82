import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const domainSource = fileURLToPath(new URL('../domain/src/index.ts', import.meta.url));
// The refusal catalogue on its own, so the sign-in page words errors without loading the whole domain.
const errorMessageSource = fileURLToPath(new URL('../domain/src/text/error-message.ts', import.meta.url));
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Writes a Brotli and a gzip copy beside every text asset once, at build time, so the server sends
 * compressed files without compressing on each request (@fastify/static's preCompressed).
 */
function precompressAssets(): Plugin {
  let outDir = 'dist';
  return {
    name: 'ipcounty-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
      const texts = entries.filter((entry) => entry.isFile() && /\.(js|css|html|svg|json)$/.test(entry.name));
      await Promise.all(
        texts.map(async (entry) => {
          const file = path.join(entry.parentPath, entry.name);
          const content = await readFile(file);
          const params = { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length };
          await writeFile(`${file}.br`, await brotli(content, { params }));
          await writeFile(`${file}.gz`, await gzipAsync(content, { level: 9 }));
        }),
      );
    },
  };
}

// The web bundles the domain package from source, so the browser and the server share one plan model
// without a build step in between.
export default defineConfig({
  plugins: [react(), precompressAssets()],
  resolve: {
    alias: [
      { find: /^@ipcounty\/domain\/error-message$/, replacement: errorMessageSource },
      { find: /^@ipcounty\/domain$/, replacement: domainSource },
    ],
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd alone is over 500 kB minified; the pages are split per route below that.
    chunkSizeWarningLimit: 1500,
    // The satisfaction survey's answer page is an entry of its own (survey.html): React and its
    // folder only, so a respondent on a slow phone connection never loads the office app.
    rollupOptions: { input: { main: fileURLToPath(new URL('index.html', import.meta.url)), survey: fileURLToPath(new URL('survey.html', import.meta.url)) } },
  },
});
