// A stand-in for stage-worker.js that keeps everything it is sent and more, until its heap runs out.
import { parentPort } from 'node:worker_threads';

const kept = [];
parentPort.on('message', ({ rows }) => {
  for (;;) kept.push(rows.map((row) => ({ ...row, copy: JSON.stringify(row).repeat(64) })));
});
