import { describe, expect, test } from 'vitest';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { CodeView, DeskView, IssuedCode, StoreDetail, StoreView } from '../../../shared/headoffice/stores.js';
import { deskStatusHeaders } from '../../../shared/sync/desk-status.js';
import { complaintOpenings } from '../../../test/helpers/events.js';
import { bearer, headOfficeAppForFile } from '../api.js';
import { signedIn } from '../auth/sign-in.js';

const ho = headOfficeAppForFile();

type Headers = Record<string, string>;
const call = (headers: Headers, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  ho.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
const detail = async (headers: Headers, code: string) => (await call(headers, 'GET', `/api/stores/${code}`)).json() as StoreDetail;
const auditOf = (action: string, target: string) =>
  ho.db.query<{ actor: string; before: unknown; after: unknown }>('SELECT actor, before, after FROM audit_log WHERE action = $1 AND target = $2 ORDER BY id', [action, target]);

/** What the QR image (a PNG data URL) says when read back. */
function readQr(dataUrl: string): string | undefined {
  expect(dataUrl).toMatch(/^data:image\/png;base64,/);
  const png = PNG.sync.read(Buffer.from(dataUrl.split(',')[1]!, 'base64'));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

async function issue(headers: Headers, store: string, desk: string) {
  const res = await call(headers, 'POST', `/api/stores/${store}/codes`, { desk, hours: 2 });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as IssuedCode;
}
const enroll = (code: string, storeCode: string, deskCode: string, deviceId = crypto.randomUUID()) =>
  ho.app.inject({ method: 'POST', url: '/v1/enroll', payload: { code, deviceId, storeCode, deskCode } });

describe('stores: administrators create and edit, others only read', () => {
  test('an administrator creates a store and edits it; both are in the audit log with the record before and after', async () => {
    const admin = await signedIn(ho.app, ho.db, 'administrator');
    const created = await call(admin.headers, 'POST', '/api/stores', { code: 'olm01', name: 'Olomouc', country: 'CZ', region: 'Morava' });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toEqual({ code: 'OLM01', name: 'Olomouc', country: 'CZ', region: 'Morava', desks: 0, lastSyncAt: null } satisfies StoreView);
    expect((await call(admin.headers, 'POST', '/api/stores', { code: 'OLM01', name: 'Again', country: 'CZ' })).json()).toMatchObject({ error: 'store_exists' });

    const edited = await call(admin.headers, 'PATCH', '/api/stores/OLM01', { name: 'Olomouc centrum', country: 'CZ', region: '' });
    expect(edited.json()).toMatchObject({ name: 'Olomouc centrum', region: null });
    expect(await auditOf('store.created', 'OLM01')).toEqual([{ actor: admin.user.email, before: null, after: { name: 'Olomouc', country: 'CZ', region: 'Morava' } }]);
    expect(await auditOf('store.updated', 'OLM01')).toEqual([{
      actor: admin.user.email, before: { name: 'Olomouc', country: 'CZ', region: 'Morava' }, after: { name: 'Olomouc centrum', country: 'CZ', region: null },
    }]);
  });

  test('a malformed store is refused naming each wrong field, and nothing is created', async () => {
    const admin = await signedIn(ho.app, ho.db, 'administrator');
    const res = await call(admin.headers, 'POST', '/api/stores', { code: 'TOO-LONG-CODE', name: ' ', country: 'DE', extra: 1 });
    expect(res.statusCode).toBe(400);
    expect((res.json() as { fields: string[] }).fields).toEqual(expect.arrayContaining(['code', 'name', 'country']));
    expect(await ho.db.query("SELECT 1 FROM stores WHERE name = ' '")).toEqual([]);
  });

  test('a change without the page\'s CSRF token, or by a viewer or regional manager, is refused', async () => {
    const admin = await signedIn(ho.app, ho.db, 'administrator');
    const { 'x-csrf-token': _token, ...noToken } = admin.headers;
    expect((await call(noToken, 'POST', '/api/stores', { code: 'CSR01', name: 'x', country: 'CZ' })).json()).toMatchObject({ error: 'bad_csrf' });
    for (const [role, stores] of [['viewer', []], ['regional_manager', ['OLM01']]] as const) {
      const user = await signedIn(ho.app, ho.db, role, [...stores]);
      expect((await call(user.headers, 'POST', '/api/stores', { code: 'NOP01', name: 'x', country: 'CZ' })).statusCode).toBe(403);
      expect((await call(user.headers, 'PATCH', '/api/stores/OLM01', { name: 'x', country: 'CZ' })).statusCode).toBe(403);
    }
    expect(await ho.db.query("SELECT 1 FROM stores WHERE code IN ('CSR01', 'NOP01') OR name = 'x'")).toEqual([]);
  });
});

describe('enrollment codes and desks', () => {
  test('a code is shown as text and as a QR image holding it, with its expiry; the audit log never holds the code', async () => {
    const admin = await signedIn(ho.app, ho.db, 'administrator');
    await call(admin.headers, 'POST', '/api/stores', { code: 'QRC01', name: 'QR', country: 'BG' });
    const before = Date.now();
    const issued = await issue(admin.headers, 'QRC01', 'a');
    expect(issued.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(readQr(issued.qr)).toBe(issued.code);
    expect(issued.deskCode).toBe('A');
    expect(Date.parse(issued.expiresAt) - before).toBeGreaterThan(2 * 3_600_000 - 60_000);
    expect((await detail(admin.headers, 'QRC01')).codes).toEqual([{ id: issued.id, deskCode: 'A', issuedAt: issued.issuedAt, expiresAt: issued.expiresAt, replace: false } satisfies CodeView]);
    const logged = await auditOf('enrollment.issued', 'QRC01 A');
    expect(logged).toEqual([{ actor: admin.user.email, before: null, after: { hours: 2, replace: false } }]);
    expect(JSON.stringify(logged)).not.toContain(issued.code);
    // Only for a store head office has: a code never creates one.
    expect((await call(admin.headers, 'POST', '/api/stores/NONE1/codes', { desk: 'A' })).json()).toMatchObject({ error: 'store_not_found' });
  });

  test('a revoked code is refused at enrollment and no longer listed; revoking it again says so', async () => {
    const admin = await signedIn(ho.app, ho.db, 'administrator');
    await call(admin.headers, 'POST', '/api/stores', { code: 'REV01', name: 'Revoke', country: 'UA' });
    const issued = await issue(admin.headers, 'REV01', 'A');
    expect((await call(admin.headers, 'DELETE', `/api/stores/REV01/codes/${issued.id}`)).statusCode).toBe(204);
    const refused = await enroll(issued.code, 'REV01', 'A');
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({ error: 'code_invalid' });
    expect((await detail(admin.headers, 'REV01')).codes).toEqual([]);
    expect((await call(admin.headers, 'DELETE', `/api/stores/REV01/codes/${issued.id}`)).json()).toMatchObject({ error: 'code_not_pending' });
    expect(await auditOf('enrollment.revoked', 'REV01 A')).toHaveLength(1);
    // A used code cannot be revoked (revoke the desk instead).
    const used = await issue(admin.headers, 'REV01', 'B');
    expect((await enroll(used.code, 'REV01', 'B')).statusCode).toBe(200);
    expect((await call(admin.headers, 'DELETE', `/api/stores/REV01/codes/${used.id}`)).statusCode).toBe(404);
  });

  test('a revoked desk\'s token stops working at once', async () => {
    const admin = await signedIn(ho.app, ho.db, 'administrator');
    await call(admin.headers, 'POST', '/api/stores', { code: 'DEV01', name: 'Devices', country: 'RU' });
    const deviceId = crypto.randomUUID();
    const { token } = (await enroll((await issue(admin.headers, 'DEV01', 'A')).code, 'DEV01', 'A', deviceId)).json() as { token: string };
    expect((await ho.app.inject({ method: 'GET', url: '/v1/events', headers: bearer(token) })).statusCode).toBe(200);
    expect((await call(admin.headers, 'DELETE', `/api/stores/DEV01/devices/${deviceId}`)).statusCode).toBe(204);
    expect((await ho.app.inject({ method: 'GET', url: '/v1/events', headers: bearer(token) })).statusCode).toBe(401);
    expect((await detail(admin.headers, 'DEV01')).desks).toEqual([expect.objectContaining({ deviceId, revokedAt: expect.any(String) })]);
    expect(await auditOf('device.revoked', 'DEV01 A')).toEqual([expect.objectContaining({ before: expect.objectContaining({ deviceId }) })]);
    expect((await call(admin.headers, 'DELETE', `/api/stores/DEV01/devices/${deviceId}`)).json()).toMatchObject({ error: 'device_not_found' });
  });
});

describe('scope: a regional manager sees only their own stores, and changes nothing', () => {
  test('another region\'s store, its desks and codes are out of reach; a viewer reads all; the service centre none', async () => {
    const admin = await signedIn(ho.app, ho.db, 'administrator');
    for (const code of ['MIN01', 'OTH01']) await call(admin.headers, 'POST', '/api/stores', { code, name: code, country: 'CZ' });
    const theirs = await issue(admin.headers, 'OTH01', 'A');
    const enrolled = await enroll((await issue(admin.headers, 'OTH01', 'B')).code, 'OTH01', 'B');
    expect(enrolled.statusCode).toBe(200);
    const otherDevice = (enrolled.json() as { deviceId: string }).deviceId;

    const manager = await signedIn(ho.app, ho.db, 'regional_manager', ['MIN01']);
    expect(((await call(manager.headers, 'GET', '/api/stores')).json() as { stores: StoreView[] }).stores.map((s) => s.code)).toEqual(['MIN01']);
    expect((await call(manager.headers, 'GET', '/api/stores/MIN01')).statusCode).toBe(200);
    expect((await call(manager.headers, 'GET', '/api/stores/OTH01')).statusCode).toBe(403);
    expect((await call(manager.headers, 'GET', '/api/stores/oth01')).statusCode).toBe(403);
    // Managers issue no codes, even for their own stores, and revoke nothing.
    expect((await call(manager.headers, 'POST', '/api/stores/MIN01/codes', { desk: 'A' })).statusCode).toBe(403);
    expect((await call(manager.headers, 'DELETE', `/api/stores/OTH01/codes/${theirs.id}`)).statusCode).toBe(403);
    expect((await call(manager.headers, 'DELETE', `/api/stores/OTH01/devices/${otherDevice}`)).statusCode).toBe(403);
    expect((await detail(admin.headers, 'OTH01')).codes.map((c) => c.id)).toEqual([theirs.id]);

    const viewer = await signedIn(ho.app, ho.db, 'viewer');
    expect(((await call(viewer.headers, 'GET', '/api/stores')).json() as { stores: StoreView[] }).stores.map((s) => s.code)).toEqual(expect.arrayContaining(['MIN01', 'OTH01']));
    expect((await detail(viewer.headers, 'OTH01')).desks.map((d) => d.deviceId)).toEqual([otherDevice]);
    const service = await signedIn(ho.app, ho.db, 'service_centre');
    expect((await call(service.headers, 'GET', '/api/stores')).statusCode).toBe(403);
    expect((await call(service.headers, 'GET', '/api/stores/OTH01')).statusCode).toBe(403);
  });
});

describe('what a desk reports with its sync', () => {
  const deskOf = async (headers: Headers, store: string) => (await detail(headers, store)).desks[0]!;

  test('last sync, app version, events waiting and clock offset; hostile values are ignored and the sync still succeeds', async () => {
    const admin = await signedIn(ho.app, ho.db, 'administrator');
    await call(admin.headers, 'POST', '/api/stores', { code: 'STA01', name: 'Status', country: 'CZ' });
    const deviceId = crypto.randomUUID();
    const { token } = (await enroll((await issue(admin.headers, 'STA01', 'A')).code, 'STA01', 'A', deviceId)).json() as { token: string };
    expect(await deskOf(admin.headers, 'STA01')).toMatchObject({ lastSyncAt: null, appVersion: null, eventsWaiting: null, clockOffsetMs: null } satisfies Partial<DeskView>);

    // The desk's clock 90 s ahead of head office's; 3 events waiting beyond the 2 it pushes.
    const status = (clock: string, waiting: string, appVersion: string) =>
      ({ [deskStatusHeaders.clock]: clock, [deskStatusHeaders.waiting]: waiting, [deskStatusHeaders.appVersion]: appVersion });
    const push = await ho.app.inject({
      method: 'POST', url: '/v1/events', headers: { ...bearer(token), ...status(String(Date.now() + 90_000), '5', '1.4.2') },
      payload: { events: complaintOpenings({ id: deviceId, storeCode: 'STA01', deskCode: 'A' }, 1, 2) },
    });
    expect(push.statusCode, push.body).toBe(200);
    await expect.poll(() => deskOf(admin.headers, 'STA01')).toMatchObject({ appVersion: '1.4.2', eventsWaiting: 5, lastSyncAt: expect.any(String) });
    const first = await deskOf(admin.headers, 'STA01');
    expect(first.clockOffsetMs).toBeGreaterThan(85_000);
    expect(first.clockOffsetMs).toBeLessThan(95_000);

    // Garbage in every header: the pull is answered as ever, what was known stays, the sync time moves on.
    for (const hostile of [status('yesterday', '-1', '<script>'), status('9'.repeat(40), '1e9', 'x'.repeat(200)), status('0x10', '3.5', '1.0 beta')]) {
      const pull = await ho.app.inject({ method: 'GET', url: '/v1/events', headers: { ...bearer(token), ...hostile } });
      expect(pull.statusCode).toBe(200);
    }
    await expect.poll(async () => (await deskOf(admin.headers, 'STA01')).lastSyncAt).not.toBe(first.lastSyncAt);
    expect(await deskOf(admin.headers, 'STA01')).toMatchObject({ appVersion: '1.4.2', eventsWaiting: 5, clockOffsetMs: first.clockOffsetMs });
    // A desk behind head office: a negative offset.
    await ho.app.inject({ method: 'GET', url: '/v1/events', headers: { ...bearer(token), ...status(String(Date.now() - 600_000), '0', '1.4.3') } });
    await expect.poll(() => deskOf(admin.headers, 'STA01')).toMatchObject({ appVersion: '1.4.3', eventsWaiting: 0, clockOffsetMs: expect.toSatisfy((ms: number) => ms < -595_000 && ms > -605_000) });
    expect(((await call(admin.headers, 'GET', '/api/stores')).json() as { stores: StoreView[] }).stores.find((s) => s.code === 'STA01'))
      .toMatchObject({ desks: 1, lastSyncAt: expect.any(String) });
  });

  test('a refused request records nothing', async () => {
    const admin = await signedIn(ho.app, ho.db, 'administrator');
    await call(admin.headers, 'POST', '/api/stores', { code: 'STA02', name: 'Status', country: 'CZ' });
    const { token } = (await enroll((await issue(admin.headers, 'STA02', 'A')).code, 'STA02', 'A')).json() as { token: string };
    const bad = await ho.app.inject({ method: 'GET', url: '/v1/events?after=nonsense', headers: { ...bearer(token), [deskStatusHeaders.appVersion]: '9.9.9' } });
    expect(bad.statusCode).toBe(400);
    await ho.app.inject({ method: 'GET', url: '/v1/health' });
    expect(await deskOf(admin.headers, 'STA02')).toMatchObject({ lastSyncAt: null, appVersion: null });
  });
});
