import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../src/http/server.js';
import type { Database } from '../src/db/database.js';
import { issueEnrollmentCode } from '../src/store/enrollment.js';
import { runAdminCommand } from '../src/admin-commands.js';
import { testDatabase } from '../../test/helpers/headoffice.js';
import { complaintOpenings } from '../../test/helpers/events.js';
import { bearer, enrolledDevice, pushAnswer, snapshot } from './api.js';

let db: Database;
let drop: () => Promise<void>;
let app: FastifyInstance;
let prague: Awaited<ReturnType<typeof enrolledDevice>>;
let brno: Awaited<ReturnType<typeof enrolledDevice>>;
let nextSeq = 1;

beforeAll(async () => {
  ({ db, drop } = await testDatabase());
  app = await buildServer({ db, rateLimit: { max: 10_000, timeWindow: 60_000 } });
  prague = await enrolledDevice(app, db, 'PRG01', 'A');
  brno = await enrolledDevice(app, db, 'BRN01', 'A');
});
afterAll(async () => {
  await app.close();
  await drop();
});

const push = (token: string, events: unknown[]) => app.inject({ method: 'POST', url: '/v1/events', headers: bearer(token), payload: { events } });
let before: Awaited<ReturnType<typeof snapshot>>;
beforeEach(async () => {
  before = await snapshot(db);
});
const unchanged = async () => expect(await snapshot(db)).toEqual(before);

describe('push', () => {
  test('stores a batch once; a replay changes nothing and answers the same', async () => {
    const events = complaintOpenings(prague, nextSeq, 3);
    nextSeq += 3;
    const first = await push(prague.token, events);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual(pushAnswer(3));
    const stored = await snapshot(db);
    expect(stored).toMatchObject({ events: before.events + 3, cases: before.cases + 3 });
    const replay = await push(prague.token, events);
    expect(replay.json()).toEqual(pushAnswer(3));
    expect(await snapshot(db)).toEqual(stored);
  });

  test('a permanently invalid event is rejected alone; the events after it are stored', async () => {
    const [good1, bad, good2] = complaintOpenings(prague, nextSeq, 3);
    nextSeq += 3;
    const broken = { ...bad!, payload: { ...bad!.payload, description: '' } };
    const res = await push(prague.token, [good1, broken, good2]);
    expect(res.statusCode).toBe(200);
    const body = res.json() as { ackSeq: number; rejected: { id: string; seq: number; reason: string }[] };
    expect(body.ackSeq).toBe(good2!.seq);
    expect(body.rejected).toEqual([{ id: bad!.id, seq: bad!.seq, reason: expect.stringContaining('payload.description') }]);
    const ids = (await db.query<{ id: string }>('SELECT id::text AS id FROM events WHERE device_id = $1', [prague.id])).map((r) => r.id);
    expect(ids).toContain(good2!.id);
    expect(ids).not.toContain(bad!.id);
    // Sent again (the answer was lost): the same rejection, nothing stored twice.
    expect((await push(prague.token, [good1, broken, good2])).json()).toEqual({ ...body, serverTime: expect.any(Number) });
  });

  test('an event reusing a seq head office holds under another id is named as rejected, not silently dropped', async () => {
    const [held] = complaintOpenings(prague, 1, 1);
    const res = await push(prague.token, [held]);
    expect(res.json()).toEqual(pushAnswer(nextSeq - 1, [{ id: held!.id, seq: 1, reason: expect.stringContaining('already holds another event as seq 1') }]));
    await unchanged();
  });

  test('events beyond a gap wait until the missing seq arrives', async () => {
    const [missing, later] = complaintOpenings(prague, nextSeq, 2);
    nextSeq += 2;
    const res = await push(prague.token, [later]);
    expect(res.json()).toEqual(pushAnswer(missing!.seq - 1));
    await unchanged();
    expect((await push(prague.token, [missing, later])).json()).toEqual(pushAnswer(later!.seq));
  });

  test('takes a gzip body', async () => {
    const events = complaintOpenings(prague, nextSeq, 2);
    nextSeq += 2;
    const res = await app.inject({
      method: 'POST', url: '/v1/events', headers: { ...bearer(prague.token), 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: gzipSync(JSON.stringify({ events })),
    });
    expect(res.json()).toEqual(pushAnswer(events[1]!.seq));
  });
});

describe('refused requests change nothing', () => {
  test('no token or a wrong token: 401', async () => {
    const events = complaintOpenings(prague, nextSeq, 1);
    expect((await app.inject({ method: 'POST', url: '/v1/events', payload: { events } })).statusCode).toBe(401);
    const res = await push('x'.repeat(43), events);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ error: 'unauthorized' });
    expect((await app.inject({ method: 'GET', url: '/v1/events', headers: bearer('y'.repeat(43)) })).statusCode).toBe(401);
    await unchanged();
  });

  test("a case of another store, or another device's event: 403 for the whole batch", async () => {
    const [own] = complaintOpenings(prague, nextSeq, 1);
    const [foreignCase] = complaintOpenings({ ...prague, storeCode: 'BRN01' }, nextSeq + 1, 1);
    const asWrong = await push(prague.token, [own, foreignCase]);
    expect(asWrong.statusCode).toBe(403);
    expect(asWrong.json()).toMatchObject({ error: 'wrong_store' });
    const [brnoCase] = complaintOpenings(brno, 1, 1);
    expect((await push(brno.token, [brnoCase])).statusCode).toBe(200);
    before = await snapshot(db);
    // A follow-up by Prague on Brno's case.
    const note = { ...own!, id: crypto.randomUUID(), caseId: brnoCase!.caseId, type: 'case.noted', payload: { text: 'mine now' } };
    expect((await push(prague.token, [note])).json()).toMatchObject({ error: 'wrong_store' });
    const impostor = await push(prague.token, [{ ...own!, deviceId: brno.id }]);
    expect(impostor.statusCode).toBe(403);
    expect(impostor.json()).toMatchObject({ error: 'wrong_device' });
    await unchanged();
  });

  test('oversized and malformed payloads: 413 and 400', async () => {
    const huge = await app.inject({ method: 'POST', url: '/v1/events', headers: { ...bearer(prague.token), 'content-type': 'application/json' }, payload: JSON.stringify({ events: [], pad: 'x'.repeat(3 * 1024 * 1024) }) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ error: 'payload_too_large' });
    // A small gzip body that unpacks past the limit is refused the same way.
    const bomb = await app.inject({
      method: 'POST', url: '/v1/events', headers: { ...bearer(prague.token), 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: gzipSync(JSON.stringify({ events: [], pad: 'x'.repeat(3 * 1024 * 1024) })),
    });
    expect(bomb.statusCode).toBe(413);
    // Enrollment needs no token, so its body limit is small.
    const padded = await app.inject({ method: 'POST', url: '/v1/enroll', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ code: 'x', pad: 'x'.repeat(8192) }) });
    expect(padded.statusCode).toBe(413);
    const cases: [string, string][] = [
      ['not json', '{"events": ['],
      ['no events', '{}'],
      ['events not a list', '{"events": "all"}'],
      ['an element without id', JSON.stringify({ events: [{ seq: 1 }] })],
      ['too many events', JSON.stringify({ events: complaintOpenings(prague, nextSeq, 501) })],
      // A PostgreSQL integer column cannot hold it.
      ['a seq of 2^31', JSON.stringify({ events: complaintOpenings(prague, 2 ** 31, 1) })],
    ];
    for (const [what, payload] of cases) {
      const res = await app.inject({ method: 'POST', url: '/v1/events', headers: { ...bearer(prague.token), 'content-type': 'application/json' }, payload });
      expect(res.statusCode, what).toBe(400);
      expect(res.json(), what).toMatchObject({ error: 'malformed' });
    }
    await unchanged();
  });
});

describe('enrollment', () => {
  test('a code works once, only for its own store and desk', async () => {
    const code = await issueEnrollmentCode(db, { storeCode: 'PRG01', deskCode: 'C' });
    const deviceId = crypto.randomUUID();
    const enroll = (body: object) => app.inject({ method: 'POST', url: '/v1/enroll', payload: { code, deviceId, storeCode: 'PRG01', deskCode: 'C', ...body } });
    const wrongDesk = await enroll({ deskCode: 'B' });
    expect(wrongDesk.statusCode).toBe(409);
    expect(wrongDesk.json()).toMatchObject({ error: 'code_mismatch' });
    await unchanged();
    const ok = await enroll({ code: code.toLowerCase() });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ deviceId, storeCode: 'PRG01', deskCode: 'C' });
    before = await snapshot(db);
    const replay = await enroll({ deviceId: crypto.randomUUID() });
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ error: 'code_invalid' });
    expect((await enroll({ code: 'nonsense-code' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/v1/enroll', payload: { code } })).statusCode).toBe(400);
    await unchanged();
    // The same desk whose answer got lost may ask again: it gets the same token, which keeps working.
    const token = (ok.json() as { token: string }).token;
    const again = await enroll({});
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ token });
    expect((await app.inject({ method: 'GET', url: '/v1/events', headers: bearer(token) })).statusCode).toBe(200);
  });

  test('a second device for a desk that has one is refused; a replacement code hands the desk over', async () => {
    const old = await enrolledDevice(app, db, 'PRG01', 'R');
    const [opened] = complaintOpenings(old, 1, 1);
    expect((await push(old.token, [opened])).statusCode).toBe(200);
    const newPc = crypto.randomUUID();
    const enroll = (code: string) => app.inject({ method: 'POST', url: '/v1/enroll', payload: { code, deviceId: newPc, storeCode: 'PRG01', deskCode: 'R' } });

    // Both would number cases PRG01-R-…-00001 on: refused, and the code is not used up.
    before = await snapshot(db);
    const plain = await issueEnrollmentCode(db, { storeCode: 'PRG01', deskCode: 'R' });
    const refused = await enroll(plain);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ error: 'desk_taken', message: expect.stringContaining('Desk R of store PRG01 already has an enrolled device') });
    await unchanged();
    expect((await enroll(plain)).statusCode).toBe(409);
    expect((await app.inject({ method: 'GET', url: '/v1/events', headers: bearer(old.token) })).statusCode).toBe(200);

    // Issued with --replace (the CLI's admin command): the new PC takes over, the old token is revoked.
    const { code } = (await runAdminCommand(db, 'enroll', { store: 'prg01', desk: 'r', replace: true })) as { code: string };
    const taken = await enroll(code);
    expect(taken.statusCode).toBe(200);
    const newToken = (taken.json() as { token: string }).token;
    const [later] = complaintOpenings(old, 2, 1);
    const stale = await push(old.token, [later]);
    expect(stale.statusCode).toBe(401);
    expect(stale.json()).toMatchObject({ error: 'unauthorized' });
    // The new PC sees what the old one pushed, so it can continue the register.
    const pulled = await app.inject({ method: 'GET', url: '/v1/events', headers: bearer(newToken) });
    expect(pulled.statusCode).toBe(200);
    expect((pulled.json() as { events: { id: string }[] }).events.map((e) => e.id)).toContain(opened!.id);
    // The plain code stays refused (the desk is taken, now by the new PC); the new PC may redeem its code again.
    expect((await app.inject({ method: 'POST', url: '/v1/enroll', payload: { code: plain, deviceId: crypto.randomUUID(), storeCode: 'PRG01', deskCode: 'R' } })).statusCode).toBe(409);
    expect((await enroll(code)).statusCode).toBe(200);
  });
});

describe('rate limits', () => {
  test('too many requests from one device get 429 with Retry-After and change nothing', async () => {
    const limited = await buildServer({ db, rateLimit: { max: 2, timeWindow: 60_000 }, enrollRateLimit: { max: 1, timeWindow: 60_000 } });
    const pull = () => limited.inject({ method: 'GET', url: '/v1/events', headers: bearer(prague.token) });
    expect((await pull()).statusCode).toBe(200);
    expect((await pull()).statusCode).toBe(200);
    const refused = await pull();
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ error: 'rate_limited' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Another device has its own allowance; enrollment attempts have a tighter one per address.
    expect((await limited.inject({ method: 'GET', url: '/v1/events', headers: bearer(brno.token) })).statusCode).toBe(200);
    const guess = () => limited.inject({ method: 'POST', url: '/v1/enroll', payload: { code: 'GUESS-GUESS-1', deviceId: crypto.randomUUID(), storeCode: 'PRG01', deskCode: 'A' } });
    expect((await guess()).statusCode).toBe(401);
    expect((await guess()).statusCode).toBe(429);
    await unchanged();
    await limited.close();
  });
});
