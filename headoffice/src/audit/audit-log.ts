import type { Database, Queryable, Transaction } from '../db/database.js';

/** Who did it: a signed-in user, the command line on the server's machine, or someone failing to sign in. */
export type Actor = { userId: number | null; actor: string; address?: string | null };

/** The command line on head office's own machine: whoever can run it there owns the database anyway. */
export const commandLine: Actor = { userId: null, actor: 'command line' };

/** What was done, to what, and the record before and after (never a secret: no hashes, codes or tokens). */
export type AuditEntry = { action: string; target?: string | null; before?: unknown; after?: unknown };

/** Writes one line of the audit log, in the caller's transaction: the change and its record stand or fall together. */
export async function writeAudit(q: Queryable, who: Actor, entry: AuditEntry): Promise<void> {
  await q.query(
    'INSERT INTO audit_log (user_id, actor, action, target, address, before, after) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [who.userId, who.actor, entry.action, entry.target ?? null, who.address ?? null, json(entry.before), json(entry.after)],
  );
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/**
 * The database as a command sees it, with its audit line written inside the command's own
 * transaction (the store's commands each open exactly one): `describe` turns the command's result
 * into the entry. A command that opens none writes nothing, so nothing is logged for it either.
 */
export function audited<R>(db: Database, who: Actor, describe: (result: R) => AuditEntry): Database {
  return {
    ...db,
    transaction: <T>(fn: (tx: Transaction) => Promise<T>) => db.transaction(async (tx) => {
      const result = await fn(tx);
      await writeAudit(tx, who, describe(result as unknown as R));
      return result;
    }),
  };
}
