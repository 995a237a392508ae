// Seeds the head office that test/e2e/headoffice.spec.ts signs in to (run by playwright.config.ts
// before `serve`, on the same temporary PGlite folder): two stores with cases pushed as desks push
// them, one claim sent to service, and a viewer and a service-centre user. The administrator is
// made as a real first administrator is: `npm run headoffice -- users add`.
import { join } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { formatHlc } from '../../shared/domain/hlc.js';
import { openDatabase } from '../../headoffice/src/open-database.js';
import { createUser } from '../../headoffice/src/auth/users.js';
import { commandLine } from '../../headoffice/src/audit/audit-log.js';
import { enrollDevice, issueEnrollmentCode } from '../../headoffice/src/store/enrollment.js';
import { ingest } from '../../headoffice/src/store/ingest.js';
import { complaintOpenings } from '../helpers/events.js';
import { e2ePassword, e2eUsers } from './headoffice-users.js';

const db = await openDatabase({ dataDir: join(process.env.HEADOFFICE_DATA_DIR!) });
try {
  for (const [storeCode, n] of [['PRG01', 3], ['BRN01', 2]] as const) {
    const code = await issueEnrollmentCode(db, { storeCode, deskCode: 'A', country: 'CZ' });
    const device = { id: uuidv7(), storeCode, deskCode: 'A' };
    await enrollDevice(db, { code, deviceId: device.id, storeCode, deskCode: 'A' });
    const events = complaintOpenings(device, 1, n);
    if (storeCode === 'PRG01') {
      events.push({
        id: uuidv7(), deviceId: device.id, seq: n + 1, caseId: events[0]!.caseId, type: 'complaint.progressed',
        at: formatHlc({ wall: 1_780_000_100_000, counter: 0 }, device.id), actor: 'staff-1', payload: { sentTo: 'service', note: 'To the service centre' },
      });
    }
    await ingest(db, device, { events });
  }
  for (const role of ['viewer', 'service_centre'] as const) {
    await createUser(db, commandLine, { email: e2eUsers[role], name: `E2E ${role}`, role, stores: [], locale: 'uk', password: e2ePassword });
  }
} finally {
  await db.close();
}
