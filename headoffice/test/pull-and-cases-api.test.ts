import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../src/http/server.js';
import type { Database } from '../src/db/database.js';
import { migrate } from '../src/db/migrations.js';
import { setReferenceData } from '../src/store/reference.js';
import { testDatabase } from '../../test/helpers/headoffice.js';
import { complaintOpenings } from '../../test/helpers/events.js';
import { bearer, enrolledDevice } from './api.js';

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

describe('cases page', () => {
  const page = async (query = '', remoteAddress = '127.0.0.1', server = app) => server.inject({ method: 'GET', url: `/?${query}`, remoteAddress });
  const rows = (html: string) => [...html.matchAll(/<tr(?: class="overdue")?><td>([^<]+)<\/td>/g)].map((m) => m[1]);

  test('lists cases across stores, filtered by store, kind, status and overdue, escaping what desks typed', async () => {
    const all = await page();
    expect(all.statusCode).toBe(200);
    expect(rows(all.body)).toHaveLength(15);
    expect(all.body).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(all.body).not.toContain('<script>');
    expect(all.body).toContain('<td>Kettle 1 does not heat</td>');
    expect(rows((await page('store=BRN01')).body)).toEqual(['BRN01-A-2026-00005', 'BRN01-A-2026-00004', 'BRN01-A-2026-00003', 'BRN01-A-2026-00002', 'BRN01-A-2026-00001']);
    expect(rows((await page('kind=return')).body)).toEqual([]);
    expect(rows((await page('status=received&store=PRG01')).body)).toHaveLength(10);
    const overdue = (await page('overdue=1')).body;
    expect(rows(overdue)).toEqual(['PRG01-B-2026-00001']);
    expect(overdue).toContain('<tr class="overdue">');
  });

  test('is never framed, sniffed or cached, signed in or not', async () => {
    for (const res of [await page(), await page('', '10.0.0.8')]) {
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  const signIn = (server: FastifyInstance, password: string, remoteAddress: string) =>
    server.inject({ method: 'GET', url: '/', remoteAddress, headers: { authorization: `Basic ${Buffer.from(`clerk:${password}`).toString('base64')}` } });

  test('answers only on this machine, or with the clerk password', async () => {
    expect((await page('', '10.0.0.8')).statusCode).toBe(401);
    // Through a proxy on this machine that head office was not told about, whichever header it uses.
    for (const headers of [{ 'x-forwarded-for': '203.0.113.5' }, { forwarded: 'for=203.0.113.5' }, { 'x-real-ip': '203.0.113.5' }]) {
      expect((await app.inject({ method: 'GET', url: '/', remoteAddress: '127.0.0.1', headers })).statusCode).toBe(401);
    }
    const guarded = await buildServer({ db, clerkPassword: 'hunter2-long' });
    expect((await page('', '127.0.0.1', guarded)).statusCode).toBe(401);
    expect((await signIn(guarded, 'hunter2-long', '10.0.0.8')).statusCode).toBe(200);
    await guarded.close();
  });

  test('ten wrong passwords lock the address out for a while, even with the right one; other addresses go on', async () => {
    const guarded = await buildServer({ db, clerkPassword: 'hunter2-long' });
    for (let i = 0; i < 10; i++) expect((await signIn(guarded, `guess-${i}`, '10.0.0.9')).statusCode).toBe(401);
    const locked = await signIn(guarded, 'hunter2-long', '10.0.0.9');
    expect(locked.statusCode).toBe(429);
    expect(locked.json()).toMatchObject({ error: 'locked' });
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(60);
    expect((await signIn(guarded, 'hunter2-long', '10.0.0.10')).statusCode).toBe(200);
    await guarded.close();
  });
});
