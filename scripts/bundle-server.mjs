// `npm run build` runs this after TypeScript: it writes the server, the domain and their pure-JS
// dependencies as one ES module (packages/server/dist/bundle/main.js, with a chunk for each part
// loaded on demand). A start then opens, resolves and links a handful of files instead of about
// 620 modules, which was half of the CPU a restart spent before its first page. The server's
// entry point (dist/main.js) runs the bundle when it is current (see packages/server/src/main.ts).
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'packages/server/dist');
const outDir = path.join(dist, 'bundle');

/**
 * Left to Node's own loader, each for its reason: native addons (the .node file is found beside
 * the package), packages that read files of their own at run time (fonts, page assets, their
 * package.json), and packages only some requests or only PostgreSQL load, so a start never reads them.
 */
const external = [
  // native addons
  'better-sqlite3',
  '@node-rs/argon2',
  '@resvg/resvg-js',
  // files of their own read at run time
  '@fastify/swagger',
  '@fastify/swagger-ui',
  'pdfkit',
  'exceljs',
  // loaded on demand
  'pg',
  'pg-copy-streams',
  'docx',
  'echarts',
  'mammoth',
  'nodemailer',
  'qrcode',
];
// Bundled code has no __dirname: the only bundled code that uses it is pino's and its
// thread-stream's, to find the worker of a log transport. The server's logger has no transport;
// a change that gives it one adds pino and thread-stream to the list above.
const isExternal = (id) => external.some((name) => id === name || id.startsWith(`${name}/`));

/** Our own built files: the server's and the domain's. */
const ownFile = /[\\/]packages[\\/](server|domain)[\\/]dist[\\/]/;

/**
 * `import.meta` of each of our modules keeps naming the file tsc wrote, not the bundle: the
 * repository root, the import workers (registers/import/*-worker.js, started as files of their
 * own) and the code fingerprint are all found relative to it.
 */
const ownImportMeta = {
  name: 'own-import-meta',
  transform(code, id) {
    if (!ownFile.test(id) || !code.includes('import.meta.')) return null;
    const relative = path.relative(outDir, id).split(path.sep).join('/');
    const url = `new URL(${JSON.stringify(relative)}, import.meta.url)`;
    const rewritten = code
      .replaceAll('import.meta.url', `${url}.href`)
      .replaceAll('import.meta.filename', `__ownFileURLToPath(${url})`)
      .replaceAll('import.meta.dirname', `__ownPath.dirname(__ownFileURLToPath(${url}))`);
    const prelude = "import { fileURLToPath as __ownFileURLToPath } from 'node:url';\nimport __ownPath from 'node:path';\n";
    return { code: prelude + rewritten, map: null };
  },
};

const started = performance.now();
// Written beside, then put in place: a server starting meanwhile finds the whole bundle or none.
const writing = `${outDir}.${process.pid}`;
const bundle = await rolldown({
  input: { main: path.join(dist, 'server-main.js') },
  platform: 'node',
  external: isExternal,
  plugins: [ownImportMeta],
  logLevel: 'warn',
});
// Without spaces and comments Node parses a quarter less text at each start (a tenth of its CPU);
// names are kept, and `node --enable-source-maps` maps a stack trace back to the files tsc wrote.
const minify = { compress: false, mangle: false, codegen: { removeWhitespace: true } };
const { output } = await bundle.write({ dir: writing, format: 'esm', sourcemap: true, minify, chunkFileNames: '[name]-[hash].js' });
await bundle.close();
await rm(outDir, { recursive: true, force: true });
await rename(writing, outDir);
const files = output.filter((file) => file.type === 'chunk').length;
process.stdout.write(`Bundled the server into ${files} files in packages/server/dist/bundle (${((performance.now() - started) / 1000).toFixed(1)} s).\n`);
