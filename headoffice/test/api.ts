import { v7 as uuidv7 } from 'uuid';
import { expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/db/database.js';
import { issueEnrollmentCode } from '../src/store/enrollment.js';

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
