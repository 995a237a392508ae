import type { z } from 'zod';
import type { newUserSchema, Role, UserView, userChangeSchema } from '../../../shared/headoffice/access.js';
import type { Database, Queryable } from '../db/database.js';
import { writeAudit, type Actor } from '../audit/audit-log.js';
import { HeadOfficeError } from '../store/errors.js';
import { hashPassword } from './password.js';
import { endAllSessions } from './sessions.js';

export type UserRow = {
  id: string; email: string; name: string; role: Role; stores: string[]; locale: UserView['locale'];
  disabled_at: Date | null; created_at: Date;
};
const columns = 'id, email, name, role, stores, locale, disabled_at, created_at';

export const userView = (r: UserRow): UserView => ({
  id: Number(r.id), email: r.email, name: r.name, role: r.role, stores: r.stores, locale: r.locale,
  disabled: r.disabled_at !== null, createdAt: new Date(r.created_at).toISOString(),
});

export async function listUsers(db: Database): Promise<UserView[]> {
  return (await db.query<UserRow>(`SELECT ${columns} FROM users ORDER BY lower(name), id`)).map(userView);
}

export async function userById(q: Queryable, id: number): Promise<UserView | null> {
  const [row] = await q.query<UserRow>(`SELECT ${columns} FROM users WHERE id = $1`, [id]);
  return row ? userView(row) : null;
}

/** A regional manager keeps their stores; every other role has none. */
const storesFor = (role: Role, stores: string[]) => (role === 'regional_manager' ? [...new Set(stores)].sort() : []);

export async function createUser(db: Database, who: Actor, input: z.output<typeof newUserSchema>): Promise<UserView> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [row] = await tx.query<UserRow>(
      `INSERT INTO users (email, name, role, stores, locale, password_hash) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (email) DO NOTHING RETURNING ${columns}`,
      [input.email, input.name, input.role, JSON.stringify(storesFor(input.role, input.stores)), input.locale, passwordHash],
    );
    if (!row) throw new HeadOfficeError(409, 'user_exists', `There is already a user ${input.email}.`);
    const user = userView(row);
    await writeAudit(tx, who, { action: 'user.created', target: user.email, after: user });
    return user;
  });
}

/**
 * Changes a user's name, role, stores, language or whether they may sign in. Disabling ends their
 * sessions at once. The last administrator who can sign in is neither disabled nor demoted: nobody
 * could manage users after that.
 */
export async function changeUser(db: Database, who: Actor, id: number, change: z.output<typeof userChangeSchema>): Promise<UserView> {
  return db.transaction(async (tx) => {
    // One change to administrators at a time, so two of them cannot demote each other at once.
    await tx.query("SELECT id FROM users WHERE role = 'administrator' ORDER BY id FOR UPDATE");
    const before = await userById(tx, id);
    if (!before) throw new HeadOfficeError(404, 'user_not_found', 'No such user.');
    const role = change.role ?? before.role;
    const disabled = change.disabled ?? before.disabled;
    if (before.role === 'administrator' && !before.disabled && (role !== 'administrator' || disabled)) {
      const [others] = await tx.query<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE role = 'administrator' AND disabled_at IS NULL AND id <> $1", [id]);
      if (!others!.n) throw new HeadOfficeError(409, 'last_administrator', 'This is the last administrator who can sign in: make another one first.');
    }
    const [row] = await tx.query<UserRow>(
      `UPDATE users SET name = $2, role = $3, stores = $4, locale = $5,
         disabled_at = CASE WHEN $6::boolean THEN coalesce(disabled_at, now()) END
       WHERE id = $1 RETURNING ${columns}`,
      [id, change.name ?? before.name, role, JSON.stringify(storesFor(role, change.stores ?? before.stores)), change.locale ?? before.locale, disabled],
    );
    if (disabled) await endAllSessions(tx, id);
    const after = userView(row!);
    await writeAudit(tx, who, { action: 'user.changed', target: after.email, before, after });
    return after;
  });
}

/** A new password set by an administrator (or by the user): every session of the user ends. */
export async function setPassword(db: Database, who: Actor, id: number, password: string): Promise<void> {
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const [row] = await tx.query<{ email: string }>('UPDATE users SET password_hash = $2 WHERE id = $1 RETURNING email', [id, passwordHash]);
    if (!row) throw new HeadOfficeError(404, 'user_not_found', 'No such user.');
    const ended = await endAllSessions(tx, id);
    await writeAudit(tx, who, { action: 'user.password_set', target: row.email, after: { sessionsEnded: ended } });
  });
}
