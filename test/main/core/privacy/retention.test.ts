import { afterEach, describe, expect, test } from 'vitest';
import { ok, readyDesk } from '../../../helpers/desk.js';
import { complaintInput, receipt, returnLine } from '../../../helpers/cases.js';
import { testClock } from '../../../helpers/clock.js';
import { scalar } from '../../../../main/core/db/sqlite.js';
import { eraseExpiredContacts, eraseExpiredContactsIfDue } from '../../../../main/core/privacy/retention-sweep.js';
import { contactRetentionMonths } from '../../../../shared/law/retention.js';

const desks: { remove(): void }[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.remove()));

const customer = { name: 'Jana Nováková', phone: '+420 601 123 456', email: 'jana@example.com' };
/** Where the contact could still be read at the desk: the log, the projection, the search index, the print queue. */
const traces = (db: Parameters<typeof scalar>[0], caseId: string) => ({
  events: scalar<number>(db, "SELECT count(*) FROM events WHERE case_id = ? AND (payload LIKE '%601 123%' OR payload LIKE '%Nov%' OR payload LIKE '%jana@%')", caseId),
  projection: scalar<number>(db, "SELECT count(*) FROM cases WHERE id = ? AND (state LIKE '%601 123%' OR customer_name IS NOT NULL OR customer_phone IS NOT NULL)", caseId),
  printJobs: scalar<number>(db, 'SELECT count(*) FROM print_jobs WHERE case_id = ?', caseId),
});

describe('contact retention at the desk', () => {
  test('after the pack\'s period a closed case loses its contact everywhere, keeps its figures, and only once a day is swept', async () => {
    const clock = testClock('2026-03-02');
    const d = await readyDesk({}, { now: clock.now });
    desks.push(d);
    const done = ok(await d.client.recordReturn({ purchase: receipt('2026-02-20'), lines: [returnLine(349_00)], refundMethod: 'cash', customer }));
    const open = ok(await d.client.openComplaint(complaintInput({ customer: { name: 'Petr Svoboda', phone: '+420 777 000 111' } })));
    ok(await d.client.recordFeedback({ caseId: done.id, score: 2, solved: 'partly', comment: 'Call me on 601 123 456' }));
    expect(ok(await d.client.listCases({ query: '601 123 456', limit: 10 })).items.map((c) => c.id)).toEqual([done.id]);
    const before = traces(d.desk.db, done.id);
    expect(before.events).toBeGreaterThan(0);
    expect(before.projection).toBe(1);
    expect(before.printJobs).toBeGreaterThan(0);

    // One day short of the period: nothing happens.
    clock.setDay('2029-03-01');
    expect(contactRetentionMonths('CZ')).toBe(36);
    expect(eraseExpiredContacts(d.desk)).toBe(0);

    clock.setDay('2029-03-03');
    expect(eraseExpiredContactsIfDue(d.desk)).toBe(1);
    const erased = ok(await d.client.getCase({ caseId: done.id }));
    expect(erased.case.customer).toBeUndefined();
    expect(erased.case.erased).toMatchObject({ reason: 'retention' });
    // The figures stay: the refund, the lines, the rating (its comment was the customer's words).
    expect(erased.case.return!.refund.amount).toEqual({ amount: 349_00, currency: 'CZK' });
    expect(erased.case.feedback).toMatchObject({ score: 2, solved: 'partly' });
    expect(erased.case.feedback!.comment).toBeUndefined();
    expect(erased.events.at(-1)).toMatchObject({ type: 'customer.erased', actor: 'retention', payload: { reason: 'retention' } });
    expect(traces(d.desk.db, done.id)).toEqual({ events: 0, projection: 0, printJobs: 0 });
    expect(ok(await d.client.listCases({ query: '601 123 456', limit: 10 })).items).toEqual([]);
    expect(ok(await d.client.listCases({ query: 'Nováková', limit: 10 })).items).toEqual([]);
    expect(ok(await d.client.listCases({ query: 'jana@example', limit: 10 })).items).toEqual([]);
    // A projection rebuilt from the log brings nothing back.
    d.desk.projection.rebuild(d.desk.log);
    expect(traces(d.desk.db, done.id)).toMatchObject({ events: 0, projection: 0 });

    // The open complaint is still being handled: its contact stays.
    expect(ok(await d.client.getCase({ caseId: open.id })).case.customer).toMatchObject({ name: 'Petr Svoboda' });
    // Swept today already.
    expect(eraseExpiredContactsIfDue(d.desk)).toBeNull();
  });

  test('each country keeps contact for its own period (BG: 5 years)', async () => {
    const clock = testClock('2026-03-02');
    const d = await readyDesk({ storeCode: 'SOF01', country: 'BG', currency: 'EUR', language: 'bg' }, { now: clock.now });
    desks.push(d);
    const r = ok(await d.client.recordReturn({ purchase: receipt('2026-02-27'), lines: [returnLine(20_00, 'EUR')], refundMethod: 'cash', customer }));
    clock.setDay('2030-03-03');
    expect(eraseExpiredContacts(d.desk)).toBe(0);
    clock.setDay('2031-03-03');
    expect(eraseExpiredContacts(d.desk)).toBe(1);
    expect(ok(await d.client.getCase({ caseId: r.id })).case.customer).toBeUndefined();
  });
});
