import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { normalizeIP } from '@fastify/rate-limit';
import { hlcWallMs } from '../../../shared/domain/hlc.js';
import { hashSecret } from '../store/secrets.js';
import { SignInLockout } from './sign-in-lockout.js';
import { fromThisMachine } from './from-this-machine.js';

/** Every text on a page came from a desk or a till: none of it is trusted. */
export const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
export const day = (hlc: string) => new Date(hlcWallMs(hlc)).toISOString().slice(0, 10);

/** A read-only page: its HTML from the request (its query is hostile too). */
export type ClerkPage = (path: string, render: (req: FastifyRequest) => Promise<string>) => void;

export function select(name: string, values: readonly string[], current: string | undefined) {
  const options = ['', ...values].map((v) => `<option value="${escape(v)}"${v === (current ?? '') ? ' selected' : ''}>${escape(v || 'all')}</option>`);
  return `<label>${name} <select name="${name}">${options.join('')}</select></label>`;
}

/** One look for every page; `body` is HTML, already escaped. */
export const htmlPage = (title: string, body: string, style = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Head office: ${escape(title)}</title>
<style>body{font:14px system-ui,sans-serif;margin:1.5rem}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left;vertical-align:top}form{margin-bottom:1rem;display:flex;gap:1rem}${style}</style></head>
<body>${body}</body></html>`;

/** With a password: HTTP Basic (any user name). Without: only a browser on this machine. */
function allowed(req: FastifyRequest, password: string | undefined): boolean {
  if (!password) return fromThisMachine(req);
  const given = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  const pass = given ? Buffer.from(given, 'base64').toString().split(':').slice(1).join(':') : '';
  return timingSafeEqual(Buffer.from(hashSecret(pass)), Buffer.from(hashSecret(password)));
}

/**
 * The head-office clerks' read-only pages (nothing on them writes), behind one sign-in: the clerk
 * password, or this machine without one. One lockout counts wrong passwords on every page.
 */
export function clerkPages(app: FastifyInstance, password: string | undefined): ClerkPage {
  const lockout = new SignInLockout();
  return (path, render) => app.get(path, async (req, reply) => {
    // Customers' names and phones: never framed (clickjacking), sniffed or kept in a cache.
    reply.headers({
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
    });
    // Once on HTTPS, a browser must never fall back to sending the password in clear.
    if (req.protocol === 'https') reply.header('strict-transport-security', 'max-age=31536000');
    const address = normalizeIP(req.ip);
    const wait = lockout.lockedFor(address);
    if (wait) {
      return reply.code(429).header('Retry-After', Math.ceil(wait / 1000))
        .send({ error: 'locked', message: `Too many wrong passwords from this address; try again in ${Math.ceil(wait / 60_000)} min.` });
    }
    if (!allowed(req, password)) {
      // A browser's first request carries no password: only a wrong one counts.
      if (password && req.headers.authorization) lockout.failed(address);
      return reply.code(401).header('WWW-Authenticate', 'Basic realm="head office"').send({ error: 'unauthorized', message: 'Sign in to see cases.' });
    }
    return reply.type('text/html; charset=utf-8').send(await render(req));
  });
}
