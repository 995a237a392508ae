import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

/** Where `npm run build:headoffice-web` puts the web app. */
export const defaultWebRoot = fileURLToPath(new URL('../../../dist/headoffice-web', import.meta.url));

/**
 * The web app's addresses: '/' and a lower-case screen name, with anything after it (a screen's own
 * sub-address); each answers with the app, which shows the screen for it. Head office's other
 * routes (/api, /v1, the register pages) are fixed paths, which Fastify matches first.
 */
const appAddresses = ['/', '/:screen', '/:screen/*'];
const screenName = /^[a-z][a-z-]{0,39}$/;
/** Not screens: an unknown address under them is a 404, never the app. */
const notScreens = new Set(['api', 'v1', 'assets']);

/**
 * Only the app's own files run, nothing inline (no script or style attribute can be injected into
 * it), it talks only to head office, and nobody may frame it.
 */
const appPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
  + "manifest-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/**
 * Serves the built web app under a strict CSP, and sets the headers every page and API answer for
 * people carries: never sniffed or framed, no referrer, HTTPS kept once used, API answers never cached.
 */
export async function registerWebApp(app: FastifyInstance, webRoot = defaultWebRoot) {
  app.addHook('onSend', async (req, reply) => {
    if (req.url.startsWith('/v1/')) return;
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', appPolicy);
    reply.header('x-content-type-options', 'nosniff').header('referrer-policy', 'no-referrer').header('x-frame-options', 'DENY');
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
    if (req.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000');
  });
  const built = existsSync(`${webRoot}/index.html`);
  // Hashed file names under /assets: cached for good; the page itself is always asked for again.
  if (built) await app.register(fastifyStatic, { root: webRoot, index: false, wildcard: false, maxAge: '365d', immutable: true });
  for (const path of appAddresses) {
    app.get<{ Params: { screen?: string } }>(path, (req, reply) => {
      const { screen } = req.params;
      if (screen !== undefined && (!screenName.test(screen) || notScreens.has(screen))) return reply.callNotFound();
      if (!built) return reply.code(503).type('text/plain; charset=utf-8').send('The head-office web app is not built: run `npm run build:headoffice-web`.');
      return reply.header('cache-control', 'no-cache').sendFile('index.html', { maxAge: 0, immutable: false });
    });
  }
}
