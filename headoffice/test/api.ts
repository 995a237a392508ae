import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { afterAll, beforeAll, expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/db/database.js';
import { buildServer } from '../src/http/server.js';
import { issueEnrollmentCode } from '../src/store/enrollment.js';
import { testDatabase } from '../../test/helpers/headoffice.js';

/**
 * Head office for one test file, answering `app.inject` (it does not listen), with a database of
 * its own; started before the file's tests, stopped after. Read `db` and `app` inside tests.
 */
export function headOfficeAppForFile() {
  const ho = {} as { db: Database; app: FastifyInstance; drop: () => Promise<void> };
  beforeAll(async () => {
    Object.assign(ho, await testDatabase());
    ho.app = await buildServer({ db: ho.db, rateLimit: { max: 10_000, timeWindow: 60_000 } });
  });
  afterAll(async () => {
    await ho.app.close();
    await ho.drop();
  });
  return ho as { readonly db: Database; readonly app: FastifyInstance };
}

/**
 * A folder standing in for the built web app (`npm test` runs before it is built): an index.html
 * whose title is `app`. Removed after the file's tests.
 */
export function webAppStandIn(): string {
  const webRoot = mkdtempSync(join(tmpdir(), 'ho-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>app</title>');
  afterAll(() => rmSync(webRoot, { recursive: true, force: true }));
  return webRoot;
}

/** Enrolls a device through the API, as a desk would; returns what the desk would keep. */
export async function enrolledDevice(app: FastifyInstance, db: Database, storeCode: string, deskCode: string) {
  const code = await issueEnrollmentCode(db, { storeCode, deskCode });
  const id = uuidv7();
  const res = await app.inject({ method: 'POST', url: '/v1/enroll', payload: { code, deviceId: id, storeCode, deskCode } });
  if (res.statusCode !== 200) throw new Error(res.body);
  return { id, storeCode, deskCode, token: (res.json() as { token: string }).token };
}

/** A push answer: what head office acknowledged and rejected, and its clock reading (different every time). */
export const pushAnswer = (ackSeq: number, rejected: unknown[] = []) => ({ ackSeq, rejected, serverTime: expect.any(Number) });

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** Everything a refused request must leave as it was. */
export async function snapshot(db: Database) {
  const [row] = await db.query<{ events: number; rejected: number; seqs: number; devices: number; cases: number }>(
    `SELECT (SELECT count(*)::int FROM events) AS events, (SELECT count(*)::int FROM rejected_events) AS rejected,
            (SELECT coalesce(sum(last_seq), 0)::int FROM devices) AS seqs, (SELECT count(*)::int FROM devices) AS devices,
            (SELECT count(*)::int FROM cases) AS cases`,
  );
  return row!;
}
