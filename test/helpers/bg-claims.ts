import { v7 as uuidv7 } from 'uuid';
import { formatHlc } from '../../shared/domain/hlc.js';
import { formatRegisterNo } from '../../shared/law/register-number.js';
import type { Database } from '../../headoffice/src/db/database.js';
import { enrollDevice, issueEnrollmentCode } from '../../headoffice/src/store/enrollment.js';
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
