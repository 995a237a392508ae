import type { FastifyInstance, FastifyRequest } from 'fastify';
import { normalizeIP } from '@fastify/rate-limit';
import { z } from 'zod';
import { newUserSchema, passwordResetSchema, signInSchema, userChangeSchema, type SessionView } from '../../../shared/headoffice/access.js';
import type { Database } from '../db/database.js';
import { writeAudit } from '../audit/audit-log.js';
import { HeadOfficeError } from '../store/errors.js';
import { SignInLockout } from '../http/sign-in-lockout.js';
import { parseBody } from '../http/parse-body.js';
import { verifyPassword } from './password.js';
import { endAllSessions, endSession, sessionLimits, startSession, csrfTokenOf } from './sessions.js';
import { actorOf, checkOrigin, requireUser, sessionCookie, setSessionCookie } from './guard.js';
import { changeUser, createUser, listUsers, setPassword, userView, type UserRow } from './users.js';

const idParam = z.object({ id: z.coerce.number().int().positive() });
const userId = (req: FastifyRequest) => parseBody(idParam, req.params).id;
const addressLimits = { maxFailures: 10, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };
const accountLimits = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 };

/**
 * Signing in and out (`/api/session`) and managing users (`/api/users`, administrators only).
 * Wrong passwords lock out the address (10 in 15 minutes) and the account (5 in 15 minutes) for
 * 15 minutes; while locked, even the right password is refused, so guessing learns nothing.
 */
export function registerAuthRoutes(app: FastifyInstance, db: Database) {
  const lockout = new SignInLockout(db);
  const signedIn = requireUser(db);
  const admin = requireUser(db, { roles: ['administrator'] });

  app.post('/api/session', { bodyLimit: 4096 }, async (req, reply) => {
    checkOrigin(req);
    const { email, password } = parseBody(signInSchema, req.body);
    const account = email.toLowerCase();
    const address = normalizeIP(req.ip);
    const tried = [{ key: `address:${address}`, limits: addressLimits }, { key: `account:${account}`, limits: accountLimits }];
    const wait = await lockout.begin(tried);
    if (wait) {
      reply.header('Retry-After', Math.ceil(wait / 1000));
      throw new HeadOfficeError(429, 'locked', `Too many wrong passwords; try again in ${Math.ceil(wait / 60_000)} min.`);
    }
    const [row] = await db.query<UserRow & { password_hash: string }>(
      'SELECT id, email, name, role, stores, locale, disabled_at, created_at, password_hash FROM users WHERE email = $1', [account]);
    const ok = await verifyPassword(row?.password_hash ?? null, password);
    const who = { userId: row ? Number(row.id) : null, actor: account.slice(0, 200), address };
    if (!ok || !row || row.disabled_at) {
      await lockout.failed(tried);
      await writeAudit(db, who, { action: 'session.sign_in_failed', target: account.slice(0, 200), after: { reason: !ok ? 'wrong_password' : 'disabled' } });
      throw new HeadOfficeError(401, 'wrong_password', 'Wrong email or password.');
    }
    await lockout.uncount(tried);
    const sessionId = await db.transaction(async (tx) => {
      const id = await startSession(tx, Number(row.id));
      await writeAudit(tx, who, { action: 'session.signed_in', target: row.email });
      return id;
    });
    setSessionCookie(req, reply, sessionId, sessionLimits.absoluteMs);
    const { password_hash: _hash, ...user } = row;
    return { user: userView(user), csrfToken: csrfTokenOf(sessionId) } satisfies SessionView;
  });

  app.get('/api/session', { preHandler: signedIn }, async (req) => ({ user: userView(req.session!.user), csrfToken: req.session!.csrfToken }) satisfies SessionView);

  app.delete('/api/session', { preHandler: signedIn }, async (req, reply) => {
    await db.transaction(async (tx) => {
      await endSession(tx, req.session!.idHash);
      await writeAudit(tx, actorOf(req), { action: 'session.signed_out', target: req.session!.user.email });
    });
    return reply.clearCookie(sessionCookie, { path: '/' }).send({ ok: true });
  });

  /** Every session of the signed-in user ends, this one included (a lost laptop, a shared PC). */
  app.delete('/api/sessions', { preHandler: signedIn }, async (req, reply) => {
    const ended = await db.transaction(async (tx) => {
      const n = await endAllSessions(tx, Number(req.session!.user.id));
      await writeAudit(tx, actorOf(req), { action: 'session.signed_out_everywhere', target: req.session!.user.email, after: { sessionsEnded: n } });
      return n;
    });
    return reply.clearCookie(sessionCookie, { path: '/' }).send({ ended });
  });

  app.get('/api/users', { preHandler: admin }, async () => listUsers(db));
  app.post('/api/users', { preHandler: admin }, async (req) => createUser(db, actorOf(req), parseBody(newUserSchema, req.body)));
  app.patch('/api/users/:id', { preHandler: admin }, async (req) => changeUser(db, actorOf(req), userId(req), parseBody(userChangeSchema, req.body)));
  app.post('/api/users/:id/password', { preHandler: admin }, async (req) => {
    await setPassword(db, actorOf(req), userId(req), parseBody(passwordResetSchema, req.body).password);
    return { ok: true };
  });
}
