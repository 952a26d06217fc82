import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const domainSource = fileURLToPath(new URL('../domain/src/index.ts', import.meta.url));

// The web bundles the domain package from source, so the browser and the server share one plan model
// without a build step in between.
export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@ipcounty/domain': domainSource } },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // antd alone is over 500 kB minified; the pages are split per route below that.
    chunkSizeWarningLimit: 1500,
  },
});
