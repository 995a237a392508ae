import { v7 as uuidv7 } from 'uuid';
import { expect } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { formatCaseNo } from '../../../shared/domain/case-number.js';
import type { DeskEvent, EventPayload, EventType } from '../../../shared/domain/events.js';
import type { Country } from '../../../shared/domain/jurisdiction.js';
import type { Currency } from '../../../shared/domain/money.js';
import { formatHlc } from '../../../shared/domain/hlc.js';
import type { Database } from '../../src/db/database.js';
import { bearer, enrolledDevice } from '../api.js';

export type Desk = Awaited<ReturnType<typeof enrolledDevice>> & { seq: number; cases: number; country: Country; currency: Currency };

/** A desk enrolled through the API, its store in `country` (which sets the store's local day). */
export async function deskIn(app: FastifyInstance, db: Database, storeCode: string, country: Country, currency: Currency, deskCode = 'A'): Promise<Desk> {
  const device = await enrolledDevice(app, db, storeCode, deskCode);
  await db.query('UPDATE stores SET country = $2 WHERE code = $1', [storeCode, country]);
  return { ...device, seq: 0, cases: 0, country, currency };
}

/** Noon UTC of a day in November 2026 (the same local day in every store's zone). */
export const noon = (day: number, minute = 0) => Date.UTC(2026, 10, day, 12, minute);

/** One event of desk `d` on case `caseId`, stamped `wall` (ms), recorded by `actor`. */
export const event = <T extends EventType>(d: Desk, caseId: string, wall: number, actor: string, type: T, payload: EventPayload<T>) =>
  ({ id: uuidv7(), deviceId: d.id, seq: ++d.seq, caseId, at: formatHlc({ wall, counter: 0 }, d.id), actor, type, payload }) as DeskEvent;

export const nextCaseNo = (d: Desk) => formatCaseNo(d.storeCode, d.deskCode, 2026, ++d.cases);

/** Pushes as the desk would; every event must be stored. */
export async function push(app: FastifyInstance, d: Desk, events: DeskEvent[]) {
  const res = await app.inject({ method: 'POST', url: '/v1/events', headers: bearer(d.token), payload: { events } });
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json()).toMatchObject({ ackSeq: events.at(-1)!.seq, rejected: [] });
}
