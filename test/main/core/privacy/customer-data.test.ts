import { afterEach, describe, expect, test } from 'vitest';
import { MANAGER_PIN, ok, readyDesk } from '../../../helpers/desk.js';
import { complaintInput, receipt, returnLine, signInClerk } from '../../../helpers/cases.js';
import { scalar } from '../../../../main/core/db/sqlite.js';

const desks: { remove(): void }[] = [];
afterEach(() => desks.splice(0).forEach((d) => d.remove()));

const jana = { name: 'Jana Nováková', phone: '+420 601 123 456', email: 'Jana.Novakova@example.com' };

/** A desk with Jana's three cases (her phone written three ways) and two other customers'. */
async function deskWithCustomers() {
  const d = await readyDesk();
  desks.push(d);
  const c = d.client;
  const ids = [
    ok(await c.openComplaint(complaintInput({ customer: jana }))).id,
    ok(await c.recordReturn({ purchase: receipt('2026-11-28'), lines: [returnLine(99_00)], refundMethod: 'cash', customer: { phone: '601 123 456' } })).id,
    ok(await c.openComplaint(complaintInput({ customer: { name: 'jana novakova', email: 'jana.novakova@example.com', phone: '00420601123456' } }))).id,
  ];
  const others = [
    ok(await c.openComplaint(complaintInput({ customer: { name: 'Jana Nová', phone: '+420 601 123 457' } }))).id,
    ok(await c.openComplaint(complaintInput({ customer: { name: 'Petr Novák', email: 'jana.novakova@example.org', phone: '+420 777 888 999' } }))).id,
  ];
  return { d, ids, others };
}

describe("a customer's request about their data", () => {
  test('found by phone (any grouping), e-mail or full name: every case of theirs with its events, nobody else\'s', async () => {
    const { d, ids } = await deskWithCustomers();
    const found = async (query: string) => ok(await d.client.findCustomerData({ query, approvalPin: MANAGER_PIN }));
    const byPhone = await found('+420 601 123 456');
    expect(byPhone.cases.map((x) => x.case.id).sort()).toEqual([...ids].sort());
    for (const x of byPhone.cases) expect(x.events[0]!.caseId).toBe(x.case.id);
    expect((await found('jana.novakova@example.com')).cases.map((x) => x.case.id).sort()).toEqual([ids[0], ids[2]].sort());
    expect((await found('Jana Nováková')).cases.map((x) => x.case.id).sort()).toEqual([ids[0], ids[2]].sort());
    // The export is JSON as it is handed over: parsed back, it holds the whole case and its history.
    const json = JSON.parse(JSON.stringify(byPhone)) as typeof byPhone;
    expect(json.cases.find((x) => x.case.id === ids[0])!.case.customer).toEqual(jana);
    expect(json.exportedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  test('only a manager, by PIN: a clerk\'s PIN, a wrong one or no sign-in reach nothing', async () => {
    const { d } = await deskWithCustomers();
    await signInClerk(d.client, '1111');
    expect(await d.client.findCustomerData({ query: '601 123 456', approvalPin: '1111' })).toMatchObject({ ok: false, error: { code: 'manager_required' } });
    expect(await d.client.eraseCustomerData({ caseIds: [crypto.randomUUID()], approvalPin: '123456' })).toMatchObject({ ok: false, error: { code: 'manager_required' } });
    ok(await d.client.signOut({}));
    expect(await d.client.findCustomerData({ query: '601 123 456', approvalPin: MANAGER_PIN })).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    // Hostile input is refused before anything is looked up.
    expect(await d.client.findCustomerData({ query: 'ab', approvalPin: MANAGER_PIN })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  test('erased at their request: their contact leaves those cases (log, list, search), the cases and other customers stay', async () => {
    const { d, ids, others } = await deskWithCustomers();
    const found = ok(await d.client.findCustomerData({ query: '601123456', approvalPin: MANAGER_PIN }));
    const unknown = crypto.randomUUID();
    expect(ok(await d.client.eraseCustomerData({ caseIds: [...found.cases.map((x) => x.case.id), unknown], approvalPin: MANAGER_PIN }))).toEqual({ erased: 3 });
    for (const id of ids) {
      const { case: s, events } = ok(await d.client.getCase({ caseId: id }));
      expect(s.customer).toBeUndefined();
      expect(s.erased).toMatchObject({ reason: 'request' });
      expect(events.at(-1)).toMatchObject({ type: 'customer.erased', payload: { reason: 'request', managerId: d.desk.signedIn!.id } });
    }
    expect(scalar<number>(d.desk.db, "SELECT count(*) FROM events WHERE payload LIKE '%601 123 456%' OR payload LIKE '%jana.novakova@example.com%'")).toBe(0);
    expect(ok(await d.client.findCustomerData({ query: '601 123 456', approvalPin: MANAGER_PIN })).cases).toEqual([]);
    expect(ok(await d.client.listCases({ query: '601 123 456', limit: 10 })).items).toEqual([]);
    expect(ok(await d.client.listCases({ limit: 10 })).total).toBe(5);
    for (const id of others) expect(ok(await d.client.getCase({ caseId: id })).case.customer).toBeDefined();
    // Erasing again changes nothing.
    expect(ok(await d.client.eraseCustomerData({ caseIds: ids, approvalPin: MANAGER_PIN }))).toEqual({ erased: 0 });
  });
});
