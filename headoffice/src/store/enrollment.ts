import type { EnrollRequest, EnrollResponse } from '../../../shared/sync/protocol.js';
import type { Database, Queryable } from '../db/database.js';
import { HeadOfficeError } from './errors.js';
import { hashSecret, newDeviceToken, newEnrollmentCode, normalizeCode, openToken, sealToken } from './secrets.js';

/** How long after its first use a code still answers the same device again. */
const repeatWindow = "interval '15 minutes'";

export type StoreInfo = { storeCode: string; storeName?: string; country?: string };

/** Creates the store on first mention; later mentions may fill in its name and country. */
export async function ensureStore(q: Queryable, { storeCode, storeName, country }: StoreInfo): Promise<void> {
  await q.query(
    `INSERT INTO stores (code, name, country) VALUES ($1, $2, $3)
     ON CONFLICT (code) DO UPDATE SET name = coalesce($4, stores.name), country = coalesce($3, stores.country)`,
    [storeCode, storeName ?? storeCode, country ?? null, storeName ?? null],
  );
}

/**
 * A one-time code for one desk of one store, valid for `ttlHours`. Only its hash is kept.
 * `replace`: the device redeeming it takes the desk over from the one enrolled there now.
 */
export async function issueEnrollmentCode(db: Database, store: StoreInfo & { deskCode: string; ttlHours?: number; replace?: boolean }): Promise<string> {
  const code = newEnrollmentCode();
  await db.transaction(async (tx) => {
    await ensureStore(tx, store);
    await tx.query(
      `INSERT INTO enrollment_codes (code_hash, store_code, desk_code, expires_at, replaces_desk) VALUES ($1, $2, $3, now() + make_interval(hours => $4), $5)`,
      [hashSecret(normalizeCode(code)), store.storeCode, store.deskCode, store.ttlHours ?? 24, store.replace ?? false],
    );
  });
  return code;
}

/**
 * Exchanges a code for a device token, registering the id the desk already uses in its events
 * (so what it recorded before enrollment syncs unchanged). The code works once; a code for
 * another store or desk is refused and stays usable for the right desk. The same device may redeem
 * it again for a short while (its answer may have been lost, or its first request arrives late,
 * after a retry succeeded): it gets the token issued first, so the one the desk holds stays valid.
 * A desk has one device: two would both number cases from 00001 (see takeOverDesk).
 */
export async function enrollDevice(db: Database, req: EnrollRequest): Promise<EnrollResponse> {
  const token = newDeviceToken();
  const sealed = sealToken(token, req.code);
  // A sealed token is needed only while a repeat may come; past that, a stolen copy of the database
  // plus a brute-forced code would yield a live token. (Its own statement: it locks no row for long.)
  await db.query(`UPDATE enrollment_codes SET token_box = NULL WHERE token_box IS NOT NULL AND used_at <= now() - ${repeatWindow}`);
  const issued = await db.transaction(async (tx) => {
    // The first redemption stores its sealed token; a repeat keeps it and the window's start.
    const [code] = await tx.query<{ store_code: string; desk_code: string; replaces_desk: boolean; token_box: string }>(
      `UPDATE enrollment_codes SET used_at = coalesce(used_at, now()), device_id = $2, token_box = coalesce(token_box, $3)
       WHERE code_hash = $1 AND expires_at > now()
         AND (used_at IS NULL OR (device_id = $2 AND used_at > now() - ${repeatWindow}))
       RETURNING store_code, desk_code, replaces_desk, token_box`,
      [hashSecret(normalizeCode(req.code)), req.deviceId, sealed],
    );
    if (!code) throw new HeadOfficeError(401, 'code_invalid', 'This enrollment code is unknown, expired or already used.');
    if (code.store_code !== req.storeCode || code.desk_code !== req.deskCode) {
      // Naming the code's desk would tell whoever holds a code where it opens a desk.
      throw new HeadOfficeError(409, 'code_mismatch', `This code is not for desk ${req.deskCode} of store ${req.storeCode}; ask head office for a code for this desk.`);
    }
    // A repeat: the token issued first, which the desk may hold already; nothing else changes.
    if (code.token_box !== sealed) return openToken(code.token_box, req.code);
    // Device ids are no secret (they travel in every event a store's desks pull): a code for one desk
    // must not move another desk's device, or its holder would push as that desk and lock it out.
    const [known] = await tx.query<{ store_code: string; desk_code: string }>('SELECT store_code, desk_code FROM devices WHERE id = $1', [req.deviceId]);
    if (known && (known.store_code !== req.storeCode || known.desk_code !== req.deskCode)) {
      throw new HeadOfficeError(409, 'device_taken', 'This device is enrolled on another desk; a device never moves to another desk.');
    }
    await takeOverDesk(tx, req, code.replaces_desk);
    // Re-enrolling the same device on its desk (new token) keeps what it already pushed.
    await tx.query(
      `INSERT INTO devices (id, store_code, desk_code, token_hash) VALUES ($1, $2, $3, $4)
       ON CONFLICT (id) DO UPDATE SET token_hash = excluded.token_hash, enrolled_at = now(), revoked_at = NULL`,
      [req.deviceId, req.storeCode, req.deskCode, hashSecret(token)],
    );
    return token;
  });
  return { deviceId: req.deviceId, storeCode: req.storeCode, deskCode: req.deskCode, token: issued };
}

/**
 * Case numbers are assigned per desk, offline: a second device on the same desk code would number
 * from 00001 again and clash with every case of the first. So another device already enrolled on
 * this desk refuses the enrollment (the code stays unused), unless the code was issued as a
 * replacement: then that device is revoked and its token stops working.
 */
async function takeOverDesk(tx: Queryable, req: EnrollRequest, replace: boolean): Promise<void> {
  // Serialises enrollments of one desk, so two codes redeemed at once cannot both take it.
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`desk:${req.storeCode}-${req.deskCode}`]);
  const others = `FROM devices WHERE store_code = $1 AND desk_code = $2 AND id <> $3 AND revoked_at IS NULL`;
  const params = [req.storeCode, req.deskCode, req.deviceId];
  if (replace) {
    await tx.query(`UPDATE devices SET revoked_at = now() WHERE id IN (SELECT id ${others})`, params);
    return;
  }
  const [taken] = await tx.query(`SELECT 1 ${others}`, params);
  if (taken) {
    throw new HeadOfficeError(409, 'desk_taken',
      `Desk ${req.deskCode} of store ${req.storeCode} already has an enrolled device. If this PC replaces it, issue a replacement code ` +
      `(enroll --store ${req.storeCode} --desk ${req.deskCode} --replace); otherwise set this PC up with a desk code of its own.`);
  }
}

export type Device = { id: string; storeCode: string; deskCode: string };

export async function deviceByToken(db: Database, token: string): Promise<Device | null> {
  const [row] = await db.query<{ id: string; store_code: string; desk_code: string }>(
    'SELECT id, store_code, desk_code FROM devices WHERE token_hash = $1 AND revoked_at IS NULL',
    [hashSecret(token)],
  );
  return row ? { id: row.id, storeCode: row.store_code, deskCode: row.desk_code } : null;
}
