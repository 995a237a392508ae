import QRCode from 'qrcode';
import type { CodeRequest, CodeView, DeskView, IssuedCode, NewStore, StoreChange, StoreDetail, StoreView } from '../../../shared/headoffice/stores.js';
import type { Database, Queryable } from '../db/database.js';
import { adminCommands } from '../admin-commands.js';
import { audited, writeAudit, type Actor } from '../audit/audit-log.js';
import { inScope, scopeParam, type StoreScope } from '../auth/guard.js';
import { setStoreRegion } from '../dashboards/regions.js';
import { HeadOfficeError } from '../store/errors.js';
import { headOfficeDeviceId } from '../store/headoffice-device.js';
import { hashSecret, normalizeCode } from '../store/secrets.js';

const iso = (t: Date | string | null) => (t === null ? null : new Date(t).toISOString());
/** Head office's own device of a store (`headOfficeDeviceId`: it records the service centre's steps) is no desk. */
const deskDevices = "d.id <> 'headoffice-' || d.store_code";

type StoreRow = { code: string; name: string; country: StoreView['country']; region: string | null; desks: number; last_sync_at: Date | null };
const storeView = (r: StoreRow): StoreView => ({ code: r.code, name: r.name, country: r.country, region: r.region, desks: r.desks, lastSyncAt: iso(r.last_sync_at) });

const storesQuery = (where: string) => `
  SELECT s.code, s.name, s.country, s.region, count(d.id) FILTER (WHERE d.revoked_at IS NULL)::int AS desks, max(d.last_sync_at) AS last_sync_at
  FROM stores s LEFT JOIN devices d ON d.store_code = s.code AND ${deskDevices}
  WHERE ${where} GROUP BY s.code ORDER BY s.code`;

/** The stores `scope` covers, with how many desks each has and when one last synced. */
export async function listStores(db: Queryable, scope: StoreScope | null): Promise<StoreView[]> {
  return (await db.query<StoreRow>(storesQuery(inScope('s.code', 1)), [scopeParam(scope)])).map(storeView);
}

async function storeByCode(q: Queryable, code: string): Promise<StoreView> {
  const [row] = await q.query<StoreRow>(storesQuery('s.code = $1'), [code]);
  if (!row) throw new HeadOfficeError(404, 'store_not_found', `No store ${code} at head office.`);
  return storeView(row);
}

type DeskRow = {
  id: string; desk_code: string; enrolled_at: Date; revoked_at: Date | null; last_sync_at: Date | null;
  app_version: string | null; events_waiting: number | null; clock_offset_ms: number | null;
};
type CodeRow = { id: string; desk_code: string; issued_at: Date; expires_at: Date; replaces_desk: boolean };
const codeView = (r: CodeRow): CodeView => ({ id: String(r.id), deskCode: r.desk_code, issuedAt: iso(r.issued_at)!, expiresAt: iso(r.expires_at)!, replace: r.replaces_desk });
const pendingCodes = 'used_at IS NULL AND revoked_at IS NULL AND expires_at > now()';

/** A store (the caller checked it is in the user's scope), its desks with what each reported, and its codes not yet used. */
export async function storeDetail(db: Queryable, code: string): Promise<StoreDetail> {
  const store = await storeByCode(db, code);
  const desks = await db.query<DeskRow>(
    `SELECT d.id, d.desk_code, d.enrolled_at, d.revoked_at, d.last_sync_at, d.app_version, d.events_waiting, d.clock_offset_ms::float8 AS clock_offset_ms
     FROM devices d WHERE d.store_code = $1 AND ${deskDevices} ORDER BY d.desk_code, d.revoked_at IS NOT NULL, d.enrolled_at DESC`, [code]);
  const codes = await db.query<CodeRow>(
    `SELECT id::text AS id, desk_code, issued_at, expires_at, replaces_desk FROM enrollment_codes WHERE store_code = $1 AND ${pendingCodes} ORDER BY desk_code, expires_at`, [code]);
  return {
    store,
    desks: desks.map((d) => ({
      deviceId: d.id, deskCode: d.desk_code, enrolledAt: iso(d.enrolled_at)!, revokedAt: iso(d.revoked_at), lastSyncAt: iso(d.last_sync_at),
      appVersion: d.app_version, eventsWaiting: d.events_waiting, clockOffsetMs: d.clock_offset_ms,
    } satisfies DeskView)),
    codes: codes.map(codeView),
  };
}

/** A new store; its region (if any) is set as `stores set-region` sets it. */
export async function createStore(db: Database, who: Actor, store: NewStore): Promise<StoreView> {
  return db.transaction(async (tx) => {
    const [created] = await tx.query('INSERT INTO stores (code, name, country) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING RETURNING code', [store.code, store.name, store.country]);
    if (!created) throw new HeadOfficeError(409, 'store_exists', `There is already a store ${store.code}.`);
    if (store.region) await setStoreRegion(tx, store.code, store.region);
    await writeAudit(tx, who, { action: 'store.created', target: store.code, after: { name: store.name, country: store.country, region: store.region } });
    return storeByCode(tx, store.code);
  });
}

/** A store's name, country and region (empty: none), with the record before and after in the audit log. */
export async function changeStore(db: Database, who: Actor, code: string, change: StoreChange): Promise<StoreView> {
  return db.transaction(async (tx) => {
    const [before] = await tx.query<{ name: string; country: string | null; region: string | null }>('SELECT name, country, region FROM stores WHERE code = $1 FOR UPDATE', [code]);
    if (!before) throw new HeadOfficeError(404, 'store_not_found', `No store ${code} at head office.`);
    await tx.query('UPDATE stores SET name = $2, country = $3 WHERE code = $1', [code, change.name, change.country]);
    if (change.region) await setStoreRegion(tx, code, change.region);
    else await tx.query('UPDATE stores SET region = NULL WHERE code = $1', [code]);
    await writeAudit(tx, who, { action: 'store.updated', target: code, before, after: change });
    return storeByCode(tx, code);
  });
}

/**
 * A one-time code for a desk of an existing store, issued and logged exactly as the command line's
 * `enroll` does (the log never holds the code), with its text drawn as a QR image for the desk's
 * scanner to type.
 */
export async function issueCode(db: Database, who: Actor, storeCode: string, req: CodeRequest): Promise<IssuedCode> {
  await storeByCode(db, storeCode);
  const { enroll } = adminCommands;
  const args = { store: storeCode, desk: req.desk, hours: req.hours, replace: req.replace };
  const { code } = await enroll.run(audited(db, who, () => enroll.audit(args)), args);
  const [row] = await db.query<CodeRow>('SELECT id::text AS id, desk_code, issued_at, expires_at, replaces_desk FROM enrollment_codes WHERE code_hash = $1', [hashSecret(normalizeCode(code))]);
  const qr = await QRCode.toDataURL(code, { errorCorrectionLevel: 'M', margin: 4, scale: 8 });
  return { ...codeView(row!), code, qr };
}

/** A code not yet used stops working at once (a desk then hears it is not accepted). */
export async function revokeCode(db: Database, who: Actor, storeCode: string, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.query<CodeRow>(
      `SELECT id::text AS id, desk_code, issued_at, expires_at, replaces_desk FROM enrollment_codes WHERE id = $1 AND store_code = $2 AND ${pendingCodes} FOR UPDATE`, [id, storeCode]);
    if (!row) throw new HeadOfficeError(404, 'code_not_pending', 'This code was used, has expired or was revoked already.');
    // Expired in the past rather than now(): an enrollment whose transaction began a moment earlier
    // compares with its own, earlier now() and would still find the code valid.
    await tx.query("UPDATE enrollment_codes SET revoked_at = now(), expires_at = '-infinity' WHERE id = $1", [id]);
    await writeAudit(tx, who, { action: 'enrollment.revoked', target: `${storeCode} ${row.desk_code}`, before: { issuedAt: iso(row.issued_at), expiresAt: iso(row.expires_at), replace: row.replaces_desk } });
  });
}

/** The device's token stops working at its next request; the desk must be enrolled again to sync. */
export async function revokeDevice(db: Database, who: Actor, storeCode: string, deviceId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.query<{ desk_code: string; enrolled_at: Date; last_sync_at: Date | null }>(
      'UPDATE devices SET revoked_at = now() WHERE id = $1 AND store_code = $2 AND id <> $3 AND revoked_at IS NULL RETURNING desk_code, enrolled_at, last_sync_at',
      [deviceId, storeCode, headOfficeDeviceId(storeCode)]);
    if (!row) throw new HeadOfficeError(404, 'device_not_found', 'This desk is not enrolled (or was revoked already).');
    await writeAudit(tx, who, { action: 'device.revoked', target: `${storeCode} ${row.desk_code}`, before: { deviceId, enrolledAt: iso(row.enrolled_at), lastSyncAt: iso(row.last_sync_at) } });
  });
}
