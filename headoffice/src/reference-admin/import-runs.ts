import { basename } from 'node:path';
import type { ImportRun } from '../../../shared/headoffice/reference.js';
import type { Queryable } from '../db/database.js';
import { ImportRefused } from '../csv/csv-file.js';
import { HeadOfficeError } from '../store/errors.js';

/** Where an import came from: a file on head office's machine (the CLI) or a till's POST with its integration token. */
export type ImportSource = { kind: ImportRun['kind'] } & ({ source: 'file'; file: string } | { source: 'api'; tokenName: string });
/** What of an import was taken and refused, from its result. */
export type Counted = { taken: number; refused: number };

const maxMessage = 2000;

/**
 * Runs an import and records the run (when, from where, rows taken and refused, how it ended)
 * after it, whatever the outcome: a file refused whole counts its problems as refused rows. The
 * record is written on its own, so a refused import's rolled-back transaction keeps it; failing to
 * write it never fails an import that went in.
 */
export async function recordedImport<R>(db: Queryable, from: ImportSource, count: (result: R) => Counted, run: () => Promise<R>): Promise<R> {
  const startedAt = new Date();
  const write = (c: Counted, status: ImportRun['status'], message: string | null) => db.query(
    `INSERT INTO import_runs (kind, source, token_name, file_name, started_at, rows_taken, rows_refused, status, message)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [from.kind, from.source, from.source === 'api' ? from.tokenName : null, from.source === 'file' ? basename(from.file) : null,
      startedAt.toISOString(), c.taken, c.refused, status, message?.slice(0, maxMessage) ?? null],
  ).catch(() => undefined);
  let result: R;
  try {
    result = await run();
  } catch (err) {
    if (err instanceof ImportRefused) await write({ taken: 0, refused: err.total }, 'refused', err.message);
    else if (err instanceof HeadOfficeError && err.status < 500) await write({ taken: 0, refused: 0 }, 'refused', err.message);
    else await write({ taken: 0, refused: 0 }, 'failed', err instanceof Error ? err.message : String(err));
    throw err;
  }
  const c = count(result);
  await write(c, c.refused === 0 ? 'done' : c.taken === 0 ? 'refused' : 'partly', null);
  return result;
}

/** What a sales batch or file took (stored or already held) and refused (conflicts, rejected). */
export const salesCounted = (r: { stored: number; held: number; conflicts?: number; rejected?: number }): Counted =>
  ({ taken: r.stored + r.held, refused: (r.conflicts ?? 0) + (r.rejected ?? 0) });
export const catalogueCounted = (r: { items: number }): Counted => ({ taken: r.items, refused: 0 });

type RunRow = {
  id: string; kind: ImportRun['kind']; source: ImportRun['source']; token_name: string | null; file_name: string | null;
  started_at: Date | string; finished_at: Date | string; rows_taken: number; rows_refused: number; status: ImportRun['status']; message: string | null;
};

/** The newest runs first, `limit` of them, before run `before` (a page's last id) when given. */
export async function listImportRuns(q: Queryable, limit: number, before: string | null): Promise<ImportRun[]> {
  const rows = await q.query<RunRow>(
    `SELECT id::text AS id, kind, source, token_name, file_name, started_at, finished_at, rows_taken, rows_refused, status, message
     FROM import_runs WHERE $1::bigint IS NULL OR id < $1::bigint ORDER BY id DESC LIMIT $2`,
    [before, limit],
  );
  return rows.map((r) => ({
    id: r.id, kind: r.kind, source: r.source, tokenName: r.token_name, fileName: r.file_name,
    startedAt: new Date(r.started_at).toISOString(), finishedAt: new Date(r.finished_at).toISOString(),
    rowsTaken: r.rows_taken, rowsRefused: r.rows_refused, status: r.status, message: r.message,
  }));
}
