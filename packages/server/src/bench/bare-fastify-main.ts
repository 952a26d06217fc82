import Fastify from 'fastify';

/**
 * The baseline beside bench:web's start figure: Node and Fastify answering GET / and nothing else,
 * started the way the benchmark starts the server, so the figure says what IPCounty adds on top.
 */
const app = Fastify();
app.get('/', async () => 'ok');
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`Bare Fastify is running at ${address}\n`);
