import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hlcWallMs } from '../../../shared/domain/hlc.js';
import type { Database } from '../db/database.js';
import { requireUser } from '../auth/guard.js';
import { HeadOfficeError } from '../store/errors.js';

/** Every text on a page came from a desk or a till: none of it is trusted. */
export const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
export const day = (hlc: string) => new Date(hlcWallMs(hlc)).toISOString().slice(0, 10);

/** A file a page offers for download instead of HTML. */
export type PageFile = { fileName: string; contentType: string; body: string | Uint8Array };

/**
 * A read-only page: its HTML (or a file) from the request (its query is hostile too; `req.scope` says
 * which stores the user may see); `reply` for a header a refusal needs (Retry-After).
 */
export type ClerkPage = (path: string, render: (req: FastifyRequest, reply: FastifyReply) => Promise<string | PageFile>) => void;

export function select(name: string, values: readonly string[], current: string | undefined) {
  const options = ['', ...values].map((v) => `<option value="${escape(v)}"${v === (current ?? '') ? ' selected' : ''}>${escape(v || 'all')}</option>`);
  return `<label>${name} <select name="${name}">${options.join('')}</select></label>`;
}

/** One look for every page; `body` is HTML, already escaped. */
export const htmlPage = (title: string, body: string, style = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Head office: ${escape(title)}</title>
<style>body{font:14px system-ui,sans-serif;margin:1.5rem}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.3rem .6rem;text-align:left;vertical-align:top}form{margin-bottom:1rem;display:flex;gap:1rem}${style}</style></head>
<body>${body}</body></html>`;

/**
 * Server-rendered read-only pages (nothing on them writes) for signed-in head-office users, beside
 * the web app: a browser without a session is sent to the web app's sign-in.
 */
export function clerkPages(app: FastifyInstance, db: Database): ClerkPage {
  const signedIn = requireUser(db);
  const guard = async (req: FastifyRequest, reply: FastifyReply) => {
    try {
      await signedIn.call(app, req, reply);
    } catch (e) {
      if (e instanceof HeadOfficeError && e.status === 401) return reply.redirect('/');
      throw e;
    }
  };
  return (path, render) => app.get(path, { preHandler: guard }, async (req, reply) => {
    // Customers' names and phones: never framed (clickjacking), sniffed or kept in a cache.
    reply.headers({ 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'", 'cache-control': 'no-store' });
    const page = await render(req, reply);
    if (typeof page === 'string') return reply.type('text/html; charset=utf-8').send(page);
    return reply.type(page.contentType).header('content-disposition', `attachment; filename="${page.fileName.replace(/[^\w.-]/g, '_')}"`).send(typeof page.body === 'string' ? page.body : Buffer.from(page.body));
  });
}
