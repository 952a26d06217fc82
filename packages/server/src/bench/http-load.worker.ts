import { connect } from 'node:net';
import { parentPort, workerData } from 'node:worker_threads';

/**
 * The clients of the dashboard load test, in a thread of their own so that sending requests and
 * reading responses does not share the server's event loop: `clients` loops, each on its own
 * kept-alive connection, sending the next request when its last one is answered, until `requests`
 * have been sent. Posts back every latency in milliseconds.
 *
 * Each client writes its request's bytes, made once, straight to a TCP socket and counts the
 * answer's bytes by its content-length, as load generators do. The browsers it stands for run on
 * other machines; on this machine's two cores node:http's client took two to three times the
 * server's CPU a request (fetch() more still), so the figure measured the clients more than the
 * server. They ask for gzip as browsers do and read the bytes without inflating them (the
 * browser's cost, not the server's). An answer that is not 2xx, or has no content-length, stops
 * the test with an error rather than being counted.
 */
interface LoadJob {
  url: string;
  cookie: string;
  clients: number;
  requests: number;
}

const job = workerData as LoadJob;
const target = new URL(job.url);
const requestBytes = Buffer.from(
  `GET ${target.pathname}${target.search} HTTP/1.1\r\nhost: ${target.host}\r\ncookie: ${job.cookie}\r\naccept-encoding: gzip\r\nconnection: keep-alive\r\n\r\n`,
  'latin1',
);
const headEnd = Buffer.from('\r\n\r\n');

const latencies: number[] = [];
let sent = 0;

/** One client: a connection that sends the request again as soon as the last answer is read whole. */
function client(): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(target.port), target.hostname);
    socket.setNoDelay(true);
    let received: Buffer | null = null;
    /** Bytes of the answer under way, its head included; -1 until its head is read. */
    let answerBytes = -1;
    let sentAt = 0;
    let done = false;
    const fail = (error: Error) => {
      done = true;
      socket.destroy();
      reject(error);
    };
    const next = () => {
      if (sent >= job.requests) {
        done = true;
        socket.end();
        resolve();
        return;
      }
      sent += 1;
      sentAt = performance.now();
      socket.write(requestBytes);
    };
    socket.on('connect', next);
    socket.on('error', fail);
    socket.on('close', () => done || fail(new Error(`${job.url}: the server closed the connection`)));
    socket.on('data', (chunk: Buffer) => {
      received = received ? Buffer.concat([received, chunk]) : chunk;
      if (answerBytes < 0) {
        const end = received.indexOf(headEnd);
        if (end < 0) return;
        const head = received.toString('latin1', 0, end);
        const status = Number(head.slice(9, 12));
        if (!(status >= 200 && status < 300)) return fail(new Error(`${job.url}: ${head.split('\r\n')[0]}`));
        const length = /\r\ncontent-length: *(\d+)/i.exec(head);
        if (!length) return fail(new Error(`${job.url}: an answer without content-length`));
        answerBytes = end + headEnd.length + Number(length[1]);
      }
      if (received.length < answerBytes) return;
      // One request is outstanding on a connection, so nothing follows its answer.
      if (received.length > answerBytes) return fail(new Error(`${job.url}: more bytes than the answer's content-length`));
      received = null;
      answerBytes = -1;
      latencies.push(performance.now() - sentAt);
      next();
    });
  });
}

const started = performance.now();
await Promise.all(Array.from({ length: job.clients }, client));
parentPort?.postMessage({ latencies, seconds: (performance.now() - started) / 1000 });
