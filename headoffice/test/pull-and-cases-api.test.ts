import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../src/http/server.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrations.js';
import { setReferenceData } from '../src/store/reference.js';
import { testDatabase } from '../../test/helpers/headoffice.js';
import { complaintOpenings } from '../../test/helpers/events.js';
import { bearer, enrolledDevice } from './api.js';
import { signedIn } from './auth/sign-in.js';

let db: Database;
let drop: () => Promise<void>;
let app: FastifyInstance;
const devices = {} as Record<'a' | 'b' | 'other', Awaited<ReturnType<typeof enrolledDevice>>>;

beforeAll(async () => {
  ({ db, drop } = await testDatabase());
  app = await buildServer({ db });
  devices.a = await enrolledDevice(app, db, 'PRG01', 'A');
  devices.b = await enrolledDevice(app, db, 'PRG01', 'B');
  devices.other = await enrolledDevice(app, db, 'BRN01', 'A');
  for (const d of Object.values(devices)) {
    const events = complaintOpenings(d, 1, 5);
    if (d === devices.a) (events[0]!.payload as { customer?: object }).customer = { name: '<script>alert(1)</script>' };
    if (d === devices.b) (events[0]!.payload as { dueDate?: string }).dueDate = '2020-01-31';
    const res = await app.inject({ method: 'POST', url: '/v1/events', headers: bearer(d.token), payload: { events } });
    expect(res.statusCode).toBe(200);
  }
});
afterAll(async () => {
  await app.close();
  await drop();
});

type Pull = { events: { deviceId: string; seq: number }[]; cursor: string; more: boolean; reference: { version: number } | null };
const pull = async (token: string, query: string) => {
  const res = await app.inject({ method: 'GET', url: `/v1/events?${query}`, headers: bearer(token) });
  expect(res.statusCode).toBe(200);
  return res.json() as Pull;
};

describe('pull', () => {
  test("a desk gets the other desks' events of its own store only, page by page after its cursor", async () => {
    const first = await pull(devices.a.token, 'limit=3');
    expect(first.more).toBe(true);
    const rest = await pull(devices.a.token, `after=${first.cursor}&limit=3`);
    expect(rest.more).toBe(false);
    const seen = [...first.events, ...rest.events];
    expect(seen.map((e) => [e.deviceId, e.seq])).toEqual([1, 2, 3, 4, 5].map((seq) => [devices.b.id, seq]));
    expect((await pull(devices.a.token, `after=${rest.cursor}`)).events).toEqual([]);
    expect((await pull(devices.other.token, '')).events.every((e) => e.deviceId !== devices.a.id && e.deviceId !== devices.b.id)).toBe(true);
  });

  test('reference data comes along only when newer than what the desk holds', async () => {
    expect((await pull(devices.a.token, '')).reference).toBeNull();
    const version = await setReferenceData(db, 'PRG01', { policyOverrides: { returnWindowDays: 45 }, reasonCodes: ['defective'], staff: [] });
    expect((await pull(devices.a.token, 'refVersion=0')).reference).toMatchObject({ version, data: { policyOverrides: { returnWindowDays: 45 } } });
    expect((await pull(devices.a.token, `refVersion=${version}`)).reference).toBeNull();
    expect((await pull(devices.other.token, 'refVersion=0')).reference).toBeNull();
  });

  test('a bad query is a clear 400', async () => {
    for (const query of ['after=-1&limit=5000', 'refVersion=99999999999999999999', `refVersion=${2 ** 31}`]) {
      const res = await app.inject({ method: 'GET', url: `/v1/events?${query}`, headers: bearer(devices.a.token) });
      expect(res.statusCode, query).toBe(400);
      expect(res.json(), query).toMatchObject({ error: 'malformed' });
    }
  });

  test('answers in gzip when asked; health says the database is up; migrating again changes nothing', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/events', headers: { ...bearer(devices.a.token), 'accept-encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect((await app.inject({ method: 'GET', url: '/v1/health' })).json()).toEqual({ ok: true, version: 'v1' });
    await migrate(db);
    expect((await pull(devices.a.token, '')).events).toHaveLength(5);
  });
});

describe('cases API (the web app\'s cases screen)', () => {
  const list = async (headers: Record<string, string>, query = '') => app.inject({ method: 'GET', url: `/api/cases?${query}`, headers });
  const numbers = (res: { json: () => unknown }) => (res.json() as { cases: { case_no: string }[] }).cases.map((c) => c.case_no);

  test('lists cases across stores, filtered by store, kind, status and overdue, as JSON (what desks typed stays text)', async () => {
    const { headers } = await signedIn(app, db, 'viewer');
    const all = await list(headers);
    expect(all.statusCode).toBe(200);
    expect(all.headers['content-type']).toContain('application/json');
    expect(all.headers['cache-control']).toBe('no-store');
    const body = all.json() as { cases: { customer: string | null; subject: string | null }[]; stores: string[] };
    expect(body.cases).toHaveLength(15);
    expect(body.stores).toEqual(['BRN01', 'PRG01']);
    expect(body.cases.some((c) => c.customer === '<script>alert(1)</script>')).toBe(true);
    expect(body.cases.some((c) => c.subject === 'Kettle 1 does not heat')).toBe(true);
    expect(numbers(await list(headers, 'store=BRN01'))).toEqual(['BRN01-A-2026-00005', 'BRN01-A-2026-00004', 'BRN01-A-2026-00003', 'BRN01-A-2026-00002', 'BRN01-A-2026-00001']);
    expect(numbers(await list(headers, 'kind=return'))).toEqual([]);
    expect(numbers(await list(headers, 'status=received&store=PRG01'))).toHaveLength(10);
    expect(numbers(await list(headers, 'overdue=1'))).toEqual(['PRG01-B-2026-00001']);
  });

  test('answers nobody signed out, from this machine or not', async () => {
    for (const remoteAddress of ['127.0.0.1', '10.0.0.8']) {
      const res = await app.inject({ method: 'GET', url: '/api/cases', remoteAddress });
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ error: 'signed_out' });
    }
  });

  test("a regional manager sees only their region's stores and cases, and is refused another store", async () => {
    const { headers } = await signedIn(app, db, 'regional_manager', ['BRN01']);
    const res = await list(headers);
    expect((res.json() as { stores: string[] }).stores).toEqual(['BRN01']);
    expect(numbers(res)).toHaveLength(5);
    expect(numbers(res).every((n) => n.startsWith('BRN01-'))).toBe(true);
    expect((await list(headers, 'store=PRG01')).statusCode).toBe(403);
    expect(numbers(await list(headers, 'overdue=1'))).toEqual([]);
  });

  test('the service centre sees only the claims sent to service', async () => {
    const { headers } = await signedIn(app, db, 'service_centre');
    expect(numbers(await list(headers))).toEqual([]);
    const [sent] = await db.query<{ case_no: string }>("SELECT case_no FROM cases WHERE store_code = 'PRG01' ORDER BY case_no LIMIT 1");
    await db.query(`UPDATE cases SET state = jsonb_set(state, '{complaint,sentTo}', '"service"') WHERE case_no = $1`, [sent!.case_no]);
    try {
      const res = await list(headers);
      expect(numbers(res)).toEqual([sent!.case_no]);
      expect((res.json() as { stores: string[] }).stores).toEqual(['PRG01']);
      expect((await list(headers, 'store=BRN01')).statusCode).toBe(403);
    } finally {
      await db.query(`UPDATE cases SET state = state #- '{complaint,sentTo}' WHERE case_no = $1`, [sent!.case_no]);
    }
  });
});
