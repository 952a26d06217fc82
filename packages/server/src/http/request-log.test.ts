import { Writable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { OneLineRequestLog, registerAbortedRequestLog } from './request-log.js';

/** A server logging into memory as the real one logs to stdout, with the request log in place of Fastify's two lines. */
async function loggingApp(routes: (app: FastifyInstance) => void = () => {}) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  const app = Fastify({ logger: { level: 'info', stream }, logController: new OneLineRequestLog() });
  registerAbortedRequestLog(app);
  app.get('/api/indicators', async () => ({ ok: true }));
  routes(app);
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

describe('the request log, over a real socket', () => {
  it('says so when the client goes away before the answer is sent whole', async () => {
    let answered!: () => void;
    const gone = new Promise<void>((resolve) => (answered = resolve));
    const { app, lines } = await loggingApp((routes) =>
      routes.get('/api/slow', async (_request, reply) => {
        reply.raw.writeHead(200, { 'content-type': 'text/plain' });
        reply.raw.write('part');
        await gone;
        reply.raw.end();
        return reply;
      }),
    );
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const { request } = await import('node:http');
    await new Promise<void>((resolve) => {
      const req = request(`${address}/api/slow`, (response) => {
        response.once('data', () => {
          req.destroy();
          setTimeout(resolve, 200);
        });
      });
      req.on('error', () => {});
      req.end();
    });
    answered();
    await app.close();
    expect(lines.filter((line) => String(line.msg).startsWith('request aborted'))).toMatchObject([{ req: { url: '/api/slow' } }]);
  });
});

describe('the request log, among Fastify options', () => {
  it('uses no option Fastify warns is going away', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error & { code?: string }) => warnings.push(warning.code ?? warning.name);
    process.on('warning', onWarning);
    const { app } = await loggingApp();
    await new Promise((resolve) => setImmediate(resolve));
    process.off('warning', onWarning);
    await app.close();
    expect(warnings.filter((code) => code.startsWith('FSTDEP'))).toEqual([]);
  });
});
