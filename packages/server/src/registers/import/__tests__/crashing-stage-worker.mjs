// A stand-in for stage-worker.js that dies on the first batch it is sent, as a worker killed or
// crashed halfway through a file would.
import process from 'node:process';
import { parentPort } from 'node:worker_threads';

parentPort.on('message', () => {
  process.exit(3);
});
