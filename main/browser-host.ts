// The desk's API over HTTP on 127.0.0.1 for the browser preview and E2E tests: the same handlers
// as ipc.ts, another transport. A dev/test tool: never bundled into the packaged app.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import { openDesk } from './core/open-desk.js';
import { nodeSettings } from './core/settings/settings-store.js';
import { createDispatch } from './core/handlers/dispatch.js';
import { contentSecurityPolicy } from './security.js';

export type BrowserHostOptions = { dataDir: string; port: number; rendererDir: string; now?: () => number };

export async function startBrowserHost({ dataDir, port, rendererDir, now }: BrowserHostOptions) {
  const services = openDesk({ dataDir, settings: nodeSettings(dataDir), now });
  const dispatch = createDispatch(services);
  const token = randomBytes(24).toString('hex');
  const index = readFileSync(resolve(rendererDir, 'index.html'), 'utf8').replace(
    '<meta name="desk-token" content="">',
    `<meta name="desk-token" content="${token}">`,
  );
  const app = Fastify({ bodyLimit: 1024 * 1024 });
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  // Compared as digests: equal lengths whatever was sent (a non-ASCII header of the right length in
  // characters is longer in bytes, and timingSafeEqual throws on unequal lengths).
  const digest = (s: string) => createHash('sha256').update(s).digest();
  const expected = digest(token);
  const tokenMatches = (given: unknown) => typeof given === 'string' && timingSafeEqual(digest(given), expected);

  app.addHook('onRequest', async (req, reply) => {
    // A page on another site must not reach the desk through DNS rebinding.
    if (!allowedHosts.has(req.headers.host ?? '')) return reply.code(421).send('wrong host');
    reply.header('Content-Security-Policy', contentSecurityPolicy);
    reply.header('X-Content-Type-Options', 'nosniff');
  });
  const sendIndex = (_: unknown, reply: import('fastify').FastifyReply) => reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(index);
  app.get('/', sendIndex);
  app.get('/index.html', sendIndex);
  await app.register(fastifyStatic, { root: resolve(rendererDir), index: false, wildcard: true });
  app.post<{ Params: { method: string } }>('/api/:method', async (req, reply) => {
    if (!tokenMatches(req.headers['x-desk-token'])) return reply.code(401).send({ ok: false, error: { code: 'not_signed_in', message: 'This page is not the desk preview: reload it from the desk.' } });
    return dispatch(req.params.method, req.body ?? {});
  });
  app.addHook('onClose', async () => services.close());

  await app.listen({ host: '127.0.0.1', port });
  return { url: `http://127.0.0.1:${port}`, token, close: () => app.close() };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const host = await startBrowserHost({
    dataDir: resolve(process.env.DESK_DATA_DIR ?? '.desk-data'),
    port: Number(process.env.DESK_PORT ?? 5170),
    rendererDir: resolve('dist/renderer'),
  });
  console.log(`Service Desk preview: ${host.url}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void host.close().then(() => process.exit(0)));
  }
}
