import { beforeAll, describe, expect, test } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { formatCaseNo } from '../../../shared/domain/case-number.js';
import type { DeskEvent, EventPayload, EventType } from '../../../shared/domain/events.js';
import { formatHlc } from '../../../shared/domain/hlc.js';
import { eraseExpiredContacts } from '../../src/privacy/retention.js';
import { bearer, enrolledDevice, headOfficeAppForFile } from '../api.js';

const ho = headOfficeAppForFile();
type Device = Awaited<ReturnType<typeof enrolledDevice>> & { seq: number; cases: number };
let desk: Device;

beforeAll(async () => {
  desk = { ...(await enrolledDevice(ho.app, ho.db, 'PRV01', 'A')), seq: 0, cases: 0 };
});

const day = 86_400_000;
const customer = { name: 'Jana Nováková', phone: '+420 601 123 456', email: 'jana@example.com' };
const event = <T extends EventType>(caseId: string, type: T, payload: EventPayload<T>, wall: number) =>
  ({ id: uuidv7(), deviceId: desk.id, seq: ++desk.seq, caseId, at: formatHlc({ wall, counter: 0 }, desk.id), actor: 'staff-1', type, payload }) as DeskEvent;

const push = async (events: DeskEvent[]) => {
  const res = await ho.app.inject({ method: 'POST', url: '/v1/events', headers: bearer(desk.token), payload: { events } });
  expect(res.json()).toMatchObject({ ackSeq: desk.seq, rejected: [] });
};

/** A return with the customer's contact (and a rated comment), recorded at `wall`. */
async function returned(wall: number) {
  const caseId = uuidv7();
  const caseNo = formatCaseNo('PRV01', 'A', new Date(wall).getUTCFullYear(), ++desk.cases);
  await push([
    event(caseId, 'return.recorded', {
      caseNo, country: 'CZ', customer,
      purchase: { purchaseDate: new Date(wall - 3 * day).toISOString().slice(0, 10), proof: 'receipt' },
      lines: [{ item: 'Kettle', qty: 1, unitPrice: { amount: 99_00, currency: 'CZK' }, reason: 'changed_mind', condition: 'new', restock: true }],
      refund: { method: 'cash', amount: { amount: 99_00, currency: 'CZK' } },
    }, wall),
    event(caseId, 'feedback.recorded', { score: 4, solved: 'yes', comment: 'Ask for Jana', language: 'cs' }, wall + 1000),
  ]);
  return caseId;
}

/** Where the contact could still be read at head office: its events and its folded case. */
const traces = async (caseId: string) => {
  const [row] = await ho.db.query<{ events: number; folded: number }>(
    `SELECT (SELECT count(*)::int FROM events WHERE case_id = $1 AND (payload::text LIKE '%601 123%' OR payload::text LIKE '%Jana%')) AS events,
            (SELECT count(*)::int FROM cases WHERE id = $1 AND (state::text LIKE '%601 123%' OR state::text LIKE '%Jana%')) AS folded`,
    [caseId],
  );
  return row!;
};

describe('privacy at head office', () => {
  test("a desk's erasure scrubs head office's events and folded case; the case and its figures stay", async () => {
    const caseId = await returned(Date.now() - day);
    expect(await traces(caseId)).toEqual({ events: 2, folded: 1 });
    await push([event(caseId, 'customer.erased', { reason: 'request', managerId: 'manager-1' }, Date.now())]);
    expect(await traces(caseId)).toEqual({ events: 0, folded: 0 });
    const [c] = await ho.db.query<{ state: { return: { refund: { amount: { amount: number } } }; feedback: { score: number; comment?: string }; erased: unknown } }>('SELECT state FROM cases WHERE id = $1', [caseId]);
    expect(c!.state.return.refund.amount.amount).toBe(99_00);
    expect(c!.state.feedback).toMatchObject({ score: 4 });
    expect(c!.state.feedback.comment).toBeUndefined();
    expect(c!.state.erased).toMatchObject({ reason: 'request' });
  });

  test('a late event with contact for an erased case is scrubbed as it arrives', async () => {
    const caseId = await returned(Date.now() - day);
    await push([event(caseId, 'customer.erased', { reason: 'request', managerId: 'manager-1' }, Date.now())]);
    await push([event(caseId, 'feedback.recorded', { score: 1, solved: 'no', comment: 'Jana again' }, Date.now() + 1000)]);
    expect(await traces(caseId)).toEqual({ events: 0, folded: 0 });
  });

  test("head office's own sweep erases closed cases past retention, as its device, for the desks to pull", async () => {
    const old = await returned(Date.now() - 37 * 31 * day);
    const recent = await returned(Date.now() - 30 * day);
    expect(await eraseExpiredContacts(ho.db)).toBe(1);
    expect(await traces(old)).toEqual({ events: 0, folded: 0 });
    expect(await traces(recent)).toEqual({ events: 2, folded: 1 });
    const [erasure] = await ho.db.query<{ device_id: string; actor: string; payload: unknown }>("SELECT device_id, actor, payload FROM events WHERE case_id = $1 AND type = 'customer.erased'", [old]);
    expect(erasure).toEqual({ device_id: 'headoffice-PRV01', actor: 'retention', payload: { reason: 'retention' } });
    // The store's desk pulls it like any event of head office.
    const pulled = await ho.app.inject({ method: 'GET', url: '/v1/events?after=0', headers: bearer(desk.token) });
    expect((pulled.json() as { events: DeskEvent[] }).events.filter((e) => e.type === 'customer.erased' && e.caseId === old)).toHaveLength(1);
    // Nothing left to do on the next sweep.
    expect(await eraseExpiredContacts(ho.db)).toBe(0);
  });
});
