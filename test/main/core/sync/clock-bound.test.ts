import { afterEach, describe, expect, test } from 'vitest';
import { MANAGER_PIN, ok, readyDesk, tempDesk } from '../../../helpers/desk.js';
import { receipt, returnLine } from '../../../helpers/cases.js';
import { testClock } from '../../../helpers/clock.js';
import { complaintOpenings } from '../../../helpers/events.js';
import { Inbox } from '../../../../main/core/sync/inbox.js';
import { formatHlc, hlcWallMs, maxClockAheadMs } from '../../../../shared/domain/hlc.js';

const desks: { remove(): void }[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.remove()));

describe('a pulled timestamp from a wrong clock', () => {
  test('does not carry the desk into the future: its cases keep today and can be voided today, also after a restart', async () => {
    const clock = testClock('2026-11-24');
    const d = await readyDesk({}, { now: clock.now });
    desks.push(d);
    const [fromTheFuture] = complaintOpenings({ id: 'other-desk', storeCode: 'PRG01', deskCode: 'B' }, 1, 1);
    fromTheFuture!.at = formatHlc({ wall: Date.parse('2036-11-24T12:00:00Z'), counter: 0 }, 'other-desk');
    new Inbox(d.desk).apply({ events: [fromTheFuture!], cursor: '1', more: false, reference: null, serverTime: clock.now(), unreadable: [] });

    const recordAndVoid = async (client: typeof d.client) => {
      const recorded = ok(await client.recordReturn({ purchase: receipt('2026-11-20'), refundMethod: 'cash', lines: [returnLine(1000)] }));
      expect(hlcWallMs(recorded.openedAt)).toBeLessThanOrEqual(clock.now() + maxClockAheadMs);
      ok(await client.voidCase({ caseId: recorded.id, reason: 'Wrong item scanned', approvalPin: MANAGER_PIN }));
    };
    await recordAndVoid(d.client);

    d.services.close();
    const reopened = tempDesk({ dir: d.dir, now: clock.now });
    ok(await reopened.client.signIn({ pin: MANAGER_PIN }));
    await recordAndVoid(reopened.client);
    reopened.services.close();
  });
});

describe('a case stamped beyond the bound (pulled before head office refused such clocks)', () => {
  test('takes follow-ups here after its opening, while this desk stamps its own cases by its own clock', async () => {
    const clock = testClock('2026-11-24');
    const d = await readyDesk({}, { now: clock.now });
    desks.push(d);
    const [opened] = complaintOpenings({ id: 'other-desk', storeCode: 'PRG01', deskCode: 'B' }, 1, 1);
    opened!.at = formatHlc({ wall: Date.parse('2036-11-24T12:00:00Z'), counter: 0 }, 'other-desk');
    new Inbox(d.desk).apply({ events: [opened!], cursor: '1', more: false, reference: null, serverTime: clock.now(), unreadable: [] });

    const noted = ok(await d.client.addNote({ caseId: opened!.caseId, text: 'Customer called back' }));
    expect(noted.notes.map((n) => n.text)).toEqual(['Customer called back']);
    const events = ok(await d.client.getCase({ caseId: opened!.caseId })).events;
    expect(events.map((e) => e.type)).toEqual(['complaint.opened', 'case.noted']);
    expect(events[1]!.at > opened!.at).toBe(true);

    const own = ok(await d.client.recordReturn({ purchase: receipt('2026-11-20'), refundMethod: 'cash', lines: [returnLine(1000)] }));
    expect(hlcWallMs(own.openedAt)).toBeLessThanOrEqual(clock.now() + maxClockAheadMs);
  });
});
