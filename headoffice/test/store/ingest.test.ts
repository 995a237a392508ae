import { describe, expect, test } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import type { DeskEvent } from '../../../shared/domain/events.js';
import { formatHlc } from '../../../shared/domain/hlc.js';
import { complaintOpenings } from '../../../test/helpers/events.js';
import { bearer, enrolledDevice, headOfficeAppForFile, pushAnswer } from '../api.js';
import { insertEvents } from '../../src/store/event-store.js';

const ho = headOfficeAppForFile();

const push = (token: string, events: unknown[]) => ho.app.inject({ method: 'POST', url: '/v1/events', headers: bearer(token), payload: { events } });
const storedIds = async (deviceId: string) => (await ho.db.query<{ id: string }>('SELECT id::text AS id FROM events WHERE device_id = $1', [deviceId])).map((r) => r.id);

/** A note on `opening`'s case by `device`, as its event number `seq`. */
const note = (device: { id: string }, seq: number, opening: DeskEvent, text: string) =>
  ({ ...opening, id: uuidv7(), deviceId: device.id, seq, type: 'case.noted', payload: { text } }) as DeskEvent;

describe('an event head office cannot store is rejected alone; the queue behind it goes on', () => {
  test('a lone UTF-16 surrogate in a note', async () => {
    const desk = await enrolledDevice(ho.app, ho.db, 'UTF01', 'A');
    const [opening] = complaintOpenings(desk, 1, 1);
    const [broken, after] = [note(desk, 2, opening!, 'Customer sent \ud83d'), note(desk, 3, opening!, 'called back')];
    const res = await push(desk.token, [opening, broken, after]);
    expect(res.statusCode).toBe(200);
    // Named before the database is asked (the desk's schema may say so first, in its words).
    expect(res.json()).toEqual(pushAnswer(3, [{ id: broken.id, seq: 2, reason: expect.stringMatching(/surrogate|half a character/) }]));
    expect(await storedIds(desk.id)).toEqual([opening!.id, after.id]);
    const [kept] = await ho.db.query<{ body: { payload: { text: string } } }>('SELECT body FROM rejected_events WHERE id = $1', [broken.id]);
    expect(kept!.body.payload.text).toBe('Customer sent \ufffd');
  });

  test('any value the database refuses: rejected with why, not a 500 on every push', async () => {
    const desk = await enrolledDevice(ho.app, ho.db, 'UTF01', 'B');
    // Stands in for whatever else PostgreSQL may refuse to hold.
    await ho.db.exec(`
      CREATE FUNCTION refuse_marked() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.payload->>'text' = 'refuse me' THEN RAISE EXCEPTION 'cannot hold this' USING ERRCODE = '22023'; END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER refuse_marked BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION refuse_marked();
    `);
    try {
      const [opening] = complaintOpenings(desk, 1, 1);
      const [refused, after] = [note(desk, 2, opening!, 'refuse me'), note(desk, 3, opening!, 'called back')];
      const res = await push(desk.token, [opening, refused, after]);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(pushAnswer(3, [{ id: refused.id, seq: 2, reason: expect.stringContaining('cannot hold this') }]));
      expect(await storedIds(desk.id)).toEqual([opening!.id, after.id]);
      expect((await ho.db.query<{ status: string }>('SELECT status FROM cases WHERE id = $1', [opening!.caseId]))).toHaveLength(1);
    } finally {
      await ho.db.exec('DROP TRIGGER refuse_marked ON events; DROP FUNCTION refuse_marked()');
    }
  });
});

describe('a case is opened once, by the desk its number names', () => {
  test("another desk cannot rewrite a case with an earlier opening; its follow-ups are taken", async () => {
    const [deskA, deskB] = [await enrolledDevice(ho.app, ho.db, 'OPN01', 'A'), await enrolledDevice(ho.app, ho.db, 'OPN01', 'B')];
    const [opening] = complaintOpenings(deskA, 1, 1);
    expect((await push(deskA.token, [opening])).json()).toEqual(pushAnswer(1));
    type CaseState = { caseNo: string; openedAt: string; complaint: object };
    const caseState = async () => (await ho.db.query<{ state: CaseState }>('SELECT state FROM cases WHERE id = $1', [opening!.caseId]))[0]!.state;
    const { caseNo, openedAt, complaint } = await caseState();

    const [ownNumber, twice] = complaintOpenings(deskB, 1, 2);
    const earlier = { at: opening!.at.replace(/^\d{15}/, (ms) => String(Number(ms) - 60_000).padStart(15, '0')), caseId: opening!.caseId };
    const underANumber = { ...ownNumber!, ...earlier, payload: { ...opening!.payload, description: 'Not what the customer said' } };
    const underBNumber = { ...twice!, ...earlier };
    const followUp = note(deskB, 3, opening!, 'Closed at desk B');
    const res = await push(deskB.token, [underANumber, underBNumber, followUp]);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(pushAnswer(3, [
      { id: underANumber.id, seq: 1, reason: expect.stringContaining('only the desk it names may open it') },
      { id: underBNumber.id, seq: 2, reason: expect.stringContaining('open already') },
    ]));
    expect(await storedIds(deskB.id)).toEqual([followUp.id]);
    expect(await caseState()).toMatchObject({ caseNo, openedAt, complaint, notes: [{ text: 'Closed at desk B' }] });

    // Nor can its own desk open it a second time.
    const again = { ...complaintOpenings(deskA, 2, 1)[0]!, ...earlier };
    expect((await push(deskA.token, [again])).json()).toEqual(pushAnswer(2, [{ id: again.id, seq: 2, reason: expect.stringContaining('open already') }]));
  });

  test('one batch opening a case twice: the second is rejected', async () => {
    const desk = await enrolledDevice(ho.app, ho.db, 'OPN01', 'C');
    const [first, second] = complaintOpenings(desk, 1, 2);
    const repeat = { ...second!, caseId: first!.caseId };
    expect((await push(desk.token, [first, repeat])).json()).toEqual(pushAnswer(2, [{ id: repeat.id, seq: 2, reason: expect.stringContaining('open already') }]));
  });
});

describe("a desk's clock", () => {
  test("an event stamped over 5 minutes ahead of head office's clock waits, with what follows it, and is never lost; up to 5 minutes is taken", async () => {
    const desk = await enrolledDevice(ho.app, ho.db, 'CLK01', 'A');
    const stampedIn = (minutes: number, event: DeskEvent) => ({ ...event, at: formatHlc({ wall: Date.now() + minutes * 60_000, counter: 0 }, desk.id) });
    const [slightly, tooFar, after] = complaintOpenings(desk, 1, 3);
    const [fast, early] = [stampedIn(4, slightly!), stampedIn(6, tooFar!)];
    const res = await push(desk.token, [fast, early, after]);
    expect(res.json()).toEqual(pushAnswer(1, []));
    expect(await storedIds(desk.id)).toEqual([fast.id]);
    // The same event once head office's clock is within 5 minutes of its stamp (here: stamped 4 min ahead).
    const again = await push(desk.token, [stampedIn(4, tooFar!), after]);
    expect(again.json()).toEqual(pushAnswer(3, []));
    expect(await storedIds(desk.id)).toEqual([fast.id, tooFar!.id, after!.id]);
  });

  test('a follow-up on a case stored with a future time before the bound is taken, and does not hold up the queue', async () => {
    const desk = await enrolledDevice(ho.app, ho.db, 'CLK02', 'A');
    const [legacy, fresh] = complaintOpenings(desk, 1, 2);
    // Stored with a 2036 time by a head office from before clocks were bounded.
    const in2036 = Date.parse('2036-11-24T12:00:00Z');
    await insertEvents(ho.db, 'CLK02', [{ ...legacy!, at: formatHlc({ wall: in2036, counter: 0 }, desk.id) }]);
    await ho.db.query('UPDATE devices SET last_seq = 1 WHERE id = $1', [desk.id]);
    // The desk stamps its follow-up right after the case's latest event (HybridClock.tick(after)).
    const followUp = { ...note(desk, 2, legacy!, 'Customer called'), at: formatHlc({ wall: in2036, counter: 1 }, desk.id) };
    const newCase = { ...fresh!, seq: 3 };
    expect((await push(desk.token, [followUp, newCase])).json()).toEqual(pushAnswer(3, []));
    // A new case stamped in 2036 still waits: it would take every desk's clock there.
    const [future] = complaintOpenings(desk, 4, 1);
    expect((await push(desk.token, [{ ...future!, at: formatHlc({ wall: in2036, counter: 5 }, desk.id) }])).json()).toEqual(pushAnswer(3, []));
  });
});
