import { randomBytes } from 'node:crypto';
import type { Database, Queryable } from '../db/database.js';
import { hashSecret } from '../store/secrets.js';
import type { UserRow } from './users.js';

/** A session ends after this long without a request, and in any case this long after sign-in. */
export const sessionLimits = { idleMs: 30 * 60_000, absoluteMs: 12 * 60 * 60_000 };

// Seen-at is written at most once a minute per session, not on every request.
const touchEveryMs = 60_000;

/** A signed-in session: its user (as stored now) and the hash that names it. */
export type Session = { idHash: string; user: UserRow; csrfToken: string };

/**
 * The token the web app sends with every change (CSRF): derived from the session id, which only
 * the cookie holds, so neither a copy of the database nor another site can make it.
 */
export const csrfTokenOf = (sessionId: string) => hashSecret(`csrf:${sessionId}`);

/** A new session for the user; its id (256 random bits) goes in the cookie and nowhere else. */
export async function startSession(q: Queryable, userId: number, now = Date.now()): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  await q.query('INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $3, $4)', [
    hashSecret(id), userId, new Date(now).toISOString(), new Date(now + sessionLimits.absoluteMs).toISOString(),
  ]);
  return id;
}

/** The session a cookie names, if it is still open and its user may sign in; an expired one is deleted. */
export async function sessionOf(db: Database, sessionId: string, now = Date.now()): Promise<Session | null> {
  const idHash = hashSecret(sessionId);
  const [row] = await db.query<UserRow & { last_seen_at: Date; expires_at: Date }>(
    `SELECT u.id, u.email, u.name, u.role, u.stores, u.locale, u.disabled_at, u.created_at, s.last_seen_at, s.expires_at
     FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = $1`,
    [idHash],
  );
  if (!row) return null;
  const seen = new Date(row.last_seen_at).getTime();
  if (row.disabled_at || now >= new Date(row.expires_at).getTime() || now - seen >= sessionLimits.idleMs) {
    await endSession(db, idHash);
    return null;
  }
  if (now - seen >= touchEveryMs) await db.query('UPDATE sessions SET last_seen_at = $2 WHERE id_hash = $1', [idHash, new Date(now).toISOString()]);
  const { last_seen_at: _seen, expires_at: _expires, ...user } = row;
  return { idHash, user, csrfToken: csrfTokenOf(sessionId) };
}

export async function endSession(q: Queryable, idHash: string): Promise<void> {
  await q.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
}

/** Signs the user out everywhere; answers how many sessions were open. */
export async function endAllSessions(q: Queryable, userId: number): Promise<number> {
  return (await q.query('DELETE FROM sessions WHERE user_id = $1 RETURNING 1', [userId])).length;
}
