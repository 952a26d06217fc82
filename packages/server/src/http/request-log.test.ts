import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { registerRequestLog } from './request-log.js';

/** A server logging into memory as the real one logs to stdout, with the request log in place of Fastify's two lines. */
async function loggingApp() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  const app = Fastify({ logger: { level: 'info', stream }, disableRequestLogging: true });
  registerRequestLog(app);
  app.get('/api/indicators', async () => ({ ok: true }));
  await app.ready();
  return { app, lines };
}

describe('the request log', () => {
  it('writes one line a request, with what was asked and how it was answered', async () => {
    const { app, lines } = await loggingApp();
    await app.inject({ method: 'GET', url: '/api/indicators?asOf=2026-06-30', remoteAddress: '10.1.2.3' });
    const logged = lines.filter((line) => line.msg === 'request completed');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ req: { method: 'GET', url: '/api/indicators?asOf=2026-06-30', remoteAddress: '10.1.2.3' }, res: { statusCode: 200 } });
    expect(typeof logged[0]!.responseTime).toBe('number');
    expect(lines.some((line) => line.msg === 'incoming request')).toBe(false);
    await app.close();
  });

  it('logs the requests that fail as well', async () => {
    const { app, lines } = await loggingApp();
    await app.inject({ method: 'GET', url: '/api/no-such-route' });
    expect(lines.filter((line) => line.msg === 'request completed')).toMatchObject([{ req: { method: 'GET', url: '/api/no-such-route' }, res: { statusCode: 404 } }]);
    await app.close();
  });
});
