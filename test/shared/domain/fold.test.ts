import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldCase } from '../../../shared/domain/fold.js';
import { formatHlc } from '../../../shared/domain/hlc.js';
import type { DeskEvent, EventPayload, EventType } from '../../../shared/domain/events.js';

const caseId = '01900000-0000-7000-8000-000000000001';
let n = 0;
/** An event at a given wall ms from a given device; ids are unique so ties on `at` still order. */
function ev<T extends EventType>(type: T, wall: number, payload: EventPayload<T>, device = 'dev-a'): DeskEvent {
  n += 1;
  const id = `01900000-0000-7000-8000-${String(n).padStart(12, '0')}`;
  return { id, deviceId: device, seq: n, caseId, at: formatHlc({ wall, counter: 0 }, device), actor: 'staff-1', type, payload } as DeskEvent;
}

const complaintHistory = (): DeskEvent[] => [
  ev('complaint.opened', 1000, { caseNo: 'PRG01-A-2026-00001', country: 'CZ', kind: 'defect', remedy: 'repair', description: 'Kettle leaks', dueDate: '2026-02-01', customer: { name: 'Petr Novák', phone: '+420 777 123 456' } }),
  ev('case.noted', 2000, { text: 'called the customer' }),
  ev('complaint.progressed', 3000, { sentTo: 'service', note: 'sent to service' }),
  ev('case.noted', 3000, { text: 'same millisecond, other device' }, 'dev-b'),
  ev('complaint.resolved', 4000, { outcome: 'accepted', method: 'repair', note: 'repaired' }),
  ev('complaint.closed', 5000, { how: 'item_handed_back' }),
  ev('feedback.recorded', 6000, { score: 5, solved: 'yes' }),
];

describe('foldCase', () => {
  it("an erasure takes the customer's contact and comment out of the case, also from a comment synced late; the rest stays", () => {
    const erased = [
      ...complaintHistory().slice(0, -1),
      ev('feedback.recorded', 6000, { score: 2, solved: 'partly', comment: 'Petr, call me' }),
      ev('customer.erased', 7000, { reason: 'request', managerId: 'manager-1' }),
    ];
    const s = foldCase(erased)!;
    expect(s.customer).toBeUndefined();
    expect(s.feedback).toEqual({ score: 2, solved: 'partly', at: erased[6]!.at });
    expect(s.erased).toEqual({ reason: 'request', at: erased[7]!.at });
    expect(s).toMatchObject({ status: 'closed', complaint: { description: 'Kettle leaks', resolution: { outcome: 'accepted' } } });
    const late = foldCase([...erased, ev('feedback.recorded', 8000, { score: 4, solved: 'yes', comment: 'Petr again', language: 'cs' })])!;
    expect(late.feedback).toMatchObject({ score: 4, language: 'cs' });
    expect(late.feedback!.comment).toBeUndefined();
  });

  it('follows a complaint from received to closed', () => {
    const s = foldCase(complaintHistory())!;
    expect(s).toMatchObject({ caseNo: 'PRG01-A-2026-00001', storeCode: 'PRG01', deskCode: 'A', type: 'complaint', status: 'closed', eventCount: 7 });
    expect(s.complaint).toMatchObject({ sentTo: 'service', resolution: { outcome: 'accepted', method: 'repair' }, closed: { how: 'item_handed_back' } });
    expect(s.notes.map((x) => x.text)).toEqual(['called the customer', 'sent to service', 'same millisecond, other device', 'repaired']);
    expect(s.feedback).toMatchObject({ score: 5, solved: 'yes' });
  });

  it('gives the same state whatever order the events arrive in', () => {
    const history = complaintHistory();
    const expected = foldCase(history);
    fc.assert(fc.property(fc.shuffledSubarray(history, { minLength: history.length, maxLength: history.length }), (shuffled) => {
      expect(foldCase(shuffled)).toEqual(expected);
    }));
  });

  it('is null until the opening event arrives', () => {
    const [, ...later] = complaintHistory();
    expect(foldCase(later)).toBeNull();
  });

  it('ignores a close that comes before any resolution', () => {
    const [opened] = complaintHistory();
    const s = foldCase([opened!, ev('complaint.closed', 2000, { how: 'customer_informed' })])!;
    expect(s.status).toBe('received');
    expect(s.eventCount).toBe(2);
  });

  it('voids a return once, and never a complaint', () => {
    const ret = ev('return.recorded', 1000, {
      caseNo: 'PRG01-A-2026-00002', country: 'CZ', purchase: { purchaseDate: '2026-01-01', proof: 'receipt' },
      lines: [{ item: 'Mug', qty: 1, unitPrice: { amount: 19900, currency: 'CZK' }, reason: 'changed_mind', condition: 'new', restock: true }],
      refund: { method: 'cash', amount: { amount: 19900, currency: 'CZK' } },
    });
    const voided = foldCase([ret, ev('case.voided', 2000, { reason: 'typo', managerId: 'm1' }), ev('case.voided', 3000, { reason: 'again', managerId: 'm2' })])!;
    expect(voided.status).toBe('voided');
    expect(voided.voided).toMatchObject({ reason: 'typo', managerId: 'm1' });
    const [opened] = complaintHistory();
    expect(foldCase([opened!, ev('case.voided', 2000, { reason: 'no', managerId: 'm1' })])!.status).toBe('received');
  });
});
