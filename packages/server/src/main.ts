import nodeModule from 'node:module';
import { serverBuildToRun } from './server-build.js';

// The server's entry point (`npm start`, `ipcounty serve`, the browser tests).

// Node 22.1 and later keep V8's compiled code of each module on disk between starts; Node 20 has no such cache.
(nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();

await import(serverBuildToRun(new URL('./', import.meta.url)).href);
