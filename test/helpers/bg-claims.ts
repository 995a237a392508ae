import { v7 as uuidv7 } from 'uuid';
import { formatHlc } from '../../shared/domain/hlc.js';
import { formatRegisterNo } from '../../shared/law/register-number.js';
import type { Database } from '../../headoffice/src/db/database.js';
import { enrollDevice, ensureStore, issueEnrollmentCode } from '../../headoffice/src/store/enrollment.js';
import { ingest } from '../../headoffice/src/store/ingest.js';
import { complaintOpenings } from './events.js';

/** When the claims below are filed: 28 May 2026. */
export const filedFrom = 1_780_000_000_000;

/**
 * `n` BG claims at head office as a newly enrolled desk of the store pushes them: register numbers
 * 1..n of 2026, lodged 2 s apart from `offsetMs` after `filedFrom` (so two desks' claims
 * interleave), customers and goods named after the desk (`Клиент B2`, `Чайник B2`).
 */
export async function pushBgClaims(db: Database, storeCode: string, deskCode: string, n: number, offsetMs: number) {
  const code = await issueEnrollmentCode(db, { storeCode, deskCode });
  const { deviceId } = await enrollDevice(db, { code, deviceId: uuidv7(), storeCode, deskCode });
  const device = { id: deviceId, storeCode, deskCode };
  const events = complaintOpenings(device, 1, n).map((e, i) => ({
    ...e, at: formatHlc({ wall: filedFrom + offsetMs + i * 2_000, counter: 0 }, device.id),
    payload: {
      ...e.payload, country: 'BG', registerNo: formatRegisterNo(storeCode, deskCode, 2026, i + 1),
      customer: { name: `Клиент ${deskCode}${i + 1}`, phone: '+359 888 123 456' }, product: { name: `Чайник ${deskCode}${i + 1}` },
    },
  }));
  const { rejected } = await ingest(db, device, { events });
  if (rejected.length) throw new Error(JSON.stringify(rejected));
}

/**
 * Two BG stores and a Czech one: Sofia's two desks filed 3 and 2 claims (interleaved), Plovdiv's
 * one desk 1; Prague keeps no register.
 */
export async function seedRegisterStores(db: Database) {
  await ensureStore(db, { storeCode: 'SOF01', storeName: 'Магазин София', country: 'BG' });
  await ensureStore(db, { storeCode: 'PLO01', storeName: 'Магазин Пловдив', country: 'BG' });
  await ensureStore(db, { storeCode: 'PRG01', storeName: 'Obchod Praha', country: 'CZ' });
  await pushBgClaims(db, 'SOF01', 'A', 3, 0);
  await pushBgClaims(db, 'SOF01', 'B', 2, 1_000);
  await pushBgClaims(db, 'PLO01', 'A', 1, 0);
}
