// The desk's API over HTTP on 127.0.0.1 for the browser preview and E2E tests: the same handlers
// as ipc.ts, another transport. A dev/test tool: never bundled into the packaged app.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import Fastify from 'fastify';
import fastifyStatic from '@fastify/static';
import { openDesk } from './core/open-desk.js';
import { nodeSettings } from './core/settings/settings-store.js';
import { createDispatch } from './core/handlers/dispatch.js';
import { contentSecurityPolicy } from './security.js';
import { customerScreenMethods } from '../shared/api/customer.js';

export type BrowserHostOptions = { dataDir: string; port: number; rendererDir: string; now?: () => number };

export async function startBrowserHost({ dataDir, port, rendererDir, now }: BrowserHostOptions) {
  const services = openDesk({ dataDir, settings: nodeSettings(dataDir), now });
  const dispatch = createDispatch(services);
  const token = randomBytes(24).toString('hex');
  // The customer's page (/customer) gets a token of its own, which reaches only the customer screen's methods.
  const customerToken = randomBytes(24).toString('hex');
  const withToken = (file: string, t: string) => readFileSync(file, 'utf8').replace('<meta name="desk-token" content="">', `<meta name="desk-token" content="${t}">`);
  const index = withToken(resolve(rendererDir, 'index.html'), token);
  const customerFile = resolve(rendererDir, 'customer', 'index.html');
  const customerIndex = existsSync(customerFile) ? withToken(customerFile, customerToken) : null;
  const app = Fastify({ bodyLimit: 1024 * 1024 });
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  // Compared as digests: equal lengths whatever was sent (a non-ASCII header of the right length in
  // characters is longer in bytes, and timingSafeEqual throws on unequal lengths).
  const digest = (s: string) => createHash('sha256').update(s).digest();
  const expected = digest(token);
  const expectedCustomer = digest(customerToken);
  const matches = (given: unknown, want: Buffer) => typeof given === 'string' && timingSafeEqual(digest(given), want);
  const mayCall = (given: unknown, method: string) =>
    matches(given, expected) || (matches(given, expectedCustomer) && (customerScreenMethods as readonly string[]).includes(method));

  app.addHook('onRequest', async (req, reply) => {
    // A page on another site must not reach the desk through DNS rebinding.
    if (!allowedHosts.has(req.headers.host ?? '')) return reply.code(421).send('wrong host');
    reply.header('Content-Security-Policy', contentSecurityPolicy);
    reply.header('X-Content-Type-Options', 'nosniff');
  });
  const sendIndex = (_: unknown, reply: import('fastify').FastifyReply) => reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(index);
  app.get('/', sendIndex);
  app.get('/index.html', sendIndex);
  const sendCustomerIndex = (_: unknown, reply: import('fastify').FastifyReply) =>
    customerIndex ? reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(customerIndex) : reply.code(404).send('not found');
  for (const path of ['/customer', '/customer/', '/customer/index.html']) app.get(path, sendCustomerIndex);
  await app.register(fastifyStatic, { root: resolve(rendererDir), index: false, wildcard: true });
  app.post<{ Params: { method: string } }>('/api/:method', async (req, reply) => {
    if (!mayCall(req.headers['x-desk-token'], req.params.method)) return reply.code(401).send({ ok: false, error: { code: 'not_signed_in', message: 'This page is not the desk preview: reload it from the desk.' } });
    return dispatch(req.params.method, req.body ?? {});
  });
  app.addHook('onClose', async () => services.close());

  await app.listen({ host: '127.0.0.1', port });
  return { url: `http://127.0.0.1:${port}`, token, customerToken, close: () => app.close() };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const host = await startBrowserHost({
    dataDir: resolve(process.env.DESK_DATA_DIR ?? '.desk-data'),
    port: Number(process.env.DESK_PORT ?? 5170),
    rendererDir: resolve('dist/renderer'),
  });
  console.log(`Service Desk preview: ${host.url} (customer screen: ${host.url}/customer)`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void host.close().then(() => process.exit(0)));
  }
}
