import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { normalizeIP } from '@fastify/rate-limit';
import type { Role } from '../../../shared/headoffice/access.js';
import type { Database, Queryable } from '../db/database.js';
import type { Actor } from '../audit/audit-log.js';
import { HeadOfficeError } from '../store/errors.js';
import { sessionOf, type Session } from './sessions.js';
import type { UserRow } from './users.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in session, set by `requireUser`; null on routes without it. */
    session: Session | null;
    /** The stores the signed-in user may see (`scopeOf`), set by `requireUser`; null (none) before. */
    scope: StoreScope | null;
  }
}

/** The cookie holding the session id: HttpOnly, SameSite=Strict, Secure whenever the request came over HTTPS. */
export const sessionCookie = 'ho_session';

export const setSessionCookie = (req: FastifyRequest, reply: FastifyReply, sessionId: string, maxAgeMs: number) =>
  reply.setCookie(sessionCookie, sessionId, { path: '/', httpOnly: true, sameSite: 'strict', secure: req.protocol === 'https', maxAge: Math.floor(maxAgeMs / 1000) });

/** 'all' stores, or the codes of those the user may see. */
export type StoreScope = 'all' | readonly string[];

/**
 * The stores a user may see: every store for an administrator and a viewer, their region for a
 * regional manager, and for the service centre the stores of the claims sent to service. Every
 * head-office query a user's request makes is filtered by it (`inScope`).
 */
export async function scopeOf(q: Queryable, user: Pick<UserRow, 'role' | 'stores'>): Promise<StoreScope> {
  switch (user.role) {
    case 'administrator':
    case 'viewer':
      return 'all';
    case 'regional_manager':
      return user.stores;
    case 'service_centre':
      return (await q.query<{ store_code: string }>(`SELECT DISTINCT store_code FROM cases WHERE ${sentToService} ORDER BY 1`)).map((r) => r.store_code);
  }
}

/** The claims the service centre works (matches the partial index `cases_sent_to_service`). */
export const sentToService = "state->'complaint'->>'sentTo' = 'service'";

/** The query parameter for `inScope`: null for every store, else the codes as one jsonb list (none without a scope). */
export const scopeParam = (scope: StoreScope | null) => (scope === 'all' ? null : JSON.stringify(scope ?? []));

/** SQL: `column` is a store the scope passed as parameter `$n` (from `scopeParam`) covers. */
export const inScope = (column: string, n: number) => `($${n}::jsonb IS NULL OR ${column} IN (SELECT jsonb_array_elements_text($${n}::jsonb)))`;

export const storeInScope = (scope: StoreScope | null, store: string) => scope === 'all' || (scope ?? []).includes(store);

/** The signed-in user as the audit log names them. */
export const actorOf = (req: FastifyRequest): Actor =>
  ({ userId: req.session ? Number(req.session.user.id) : null, actor: req.session?.user.email ?? 'anonymous', address: normalizeIP(req.ip) });

const unsafe = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method);

/**
 * A change must come from head office's own pages: the browser says where the page that sent it
 * came from (Origin), and it must be this server as the browser reached it.
 */
export function checkOrigin(req: FastifyRequest): void {
  if (req.headers.origin !== `${req.protocol}://${req.host}`) {
    throw new HeadOfficeError(403, 'bad_origin', 'This change did not come from a head-office page.');
  }
}

const sameToken = (given: unknown, expected: string) =>
  typeof given === 'string' && given.length === expected.length && timingSafeEqual(Buffer.from(given), Buffer.from(expected));

/**
 * The preHandler for every route of the web app's API: a signed-in session (401 without), one of
 * `roles` when given (403 otherwise), and for a change (POST, PATCH, DELETE…) the session's CSRF
 * token in `x-csrf-token` and this server's Origin (403 otherwise). `stores` names the stores the
 * request touches (from its params or query): any outside the user's scope is refused 403.
 * Sets `req.session` and `req.scope`.
 */
export function requireUser(db: Database, opts: { roles?: readonly Role[]; stores?: (req: FastifyRequest) => readonly string[] } = {}): preHandlerAsyncHookHandler {
  return async (req) => {
    const id = req.cookies[sessionCookie];
    const session = id ? await sessionOf(db, id) : null;
    if (!session) throw new HeadOfficeError(401, 'signed_out', 'Sign in first.');
    req.session = session;
    if (unsafe(req.method)) {
      checkOrigin(req);
      if (!sameToken(req.headers['x-csrf-token'], session.csrfToken)) throw new HeadOfficeError(403, 'bad_csrf', 'This change did not carry the page\'s token; reload the page.');
    }
    if (opts.roles && !opts.roles.includes(session.user.role)) throw new HeadOfficeError(403, 'forbidden', 'Your role may not do this.');
    req.scope = await scopeOf(db, session.user);
    if (opts.stores && !opts.stores(req).every((s) => storeInScope(req.scope, s))) throw new HeadOfficeError(403, 'forbidden', 'That store is outside your region.');
  };
}
