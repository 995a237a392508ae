import { afterEach, describe, expect, it } from 'vitest';
import { MANAGER_PIN, ok, readyDesk, tempDesk } from '../../../helpers/desk.js';
import { complaintInput } from '../../../helpers/cases.js';
import { scalar } from '../../../../main/core/db/sqlite.js';
import { testSale } from '../../../helpers/sales.js';
import { putSales } from '../../../helpers/sale-desk.js';
import { foldCase } from '../../../../shared/domain/fold.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

describe('CaseProjection', () => {
  it('keeps exactly one search row per case, pointing at the current state, however often it changes', async () => {
    const d = await readyDesk();
    cleanups.push(d.remove);
    const a = ok(await d.client.openComplaint(complaintInput({ customer: { name: 'Alena Malá', phone: '731 000 111' } }))).id;
    ok(await d.client.openComplaint(complaintInput({ customer: { name: 'Bohdan Velký', email: 'bohdan@example.cz' } })));
    for (let i = 0; i < 5; i++) ok(await d.client.addNote({ caseId: a, text: `call ${i}` }));
    ok(await d.client.handDocument({ caseId: a, document: 'filing', how: 'declined' }));
    ok(await d.client.resolveComplaint({ caseId: a, outcome: 'accepted', method: 'repair' }));
    expect(scalar<number>(d.desk.db, 'SELECT count(*) FROM case_search')).toBe(2);
    expect(scalar<number>(d.desk.db, 'SELECT count(*) FROM case_search s JOIN cases c ON c.rowid = s.rowid AND c.id = s.case_id')).toBe(2);
    expect(ok(await d.client.listCases({ query: '3100', status: 'resolved' })).items.map((i) => i.id)).toEqual([a]);
  });

  it('stores the fold of the log, for a case a command opens (folded from the events it wrote) as for one it changes', async () => {
    const d = await readyDesk();
    cleanups.push(d.remove);
    putSales(d.desk, testSale({ soldAt: new Date().toISOString(), lines: [{ id: 'a', quantity: 2, unitPrice: 100_00 }] }));
    const line = { item: 'x', qty: 1, unitPrice: { amount: 1, currency: 'CZK' as const }, reason: 'changed_mind' as const, condition: 'new' as const, restock: true, saleLineId: 'a' };
    const ret = ok(await d.client.recordReturn({ purchase: { purchaseDate: d.desk.today(), proof: 'receipt', saleId: 'S-1' }, lines: [line], refundMethod: 'original', customer: { name: '  Alena Malá ' } })).id;
    const complaint = ok(await d.client.openComplaint(complaintInput())).id;
    ok(await d.client.addNote({ caseId: complaint, text: 'called' }));
    for (const id of [ret, complaint]) {
      expect(JSON.parse(scalar<string>(d.desk.db, 'SELECT state FROM cases WHERE id = ?', id)!)).toEqual(foldCase(d.desk.log.eventsOf(id)));
    }
  });

  it('re-folds the projection from the log when the database was written by an older projection layout', async () => {
    const d = await readyDesk();
    const a = ok(await d.client.openComplaint(complaintInput({ customer: { name: 'Alena Malá', phone: '731 000 111' } }))).id;
    d.services.close();
    cleanups.push(d.remove);
    // An older layout: search rows with their own rowids, and no layout version recorded.
    const old = tempDesk({ dir: d.dir });
    old.desk.db.exec("DELETE FROM case_search; DELETE FROM meta WHERE key = 'projection_version';");
    old.desk.db.prepare('INSERT INTO case_search (rowid, case_id, body) VALUES (999, ?, ?)').run(a, 'stale');
    old.services.close();

    const reopened = tempDesk({ dir: d.dir });
    ok(await reopened.client.signIn({ pin: MANAGER_PIN }));
    expect(ok(await reopened.client.listCases({ query: '3100' })).items.map((i) => i.id)).toEqual([a]);
    expect(scalar<number>(reopened.desk.db, 'SELECT count(*) FROM case_search')).toBe(1);
    reopened.services.close();
  });

  it("an older layout's desk gets what each case refunds of a sale back from the log, so its bounds hold after the update", async () => {
    const d = await readyDesk();
    cleanups.push(d.remove);
    putSales(d.desk, testSale({ soldAt: new Date().toISOString(), lines: [{ id: 'a', quantity: 2, unitPrice: 100_00 }] }));
    const line = { item: 'x', qty: 2, unitPrice: { amount: 1, currency: 'CZK' as const }, reason: 'changed_mind' as const, condition: 'new' as const, restock: true, saleLineId: 'a' };
    ok(await d.client.recordReturn({ purchase: { purchaseDate: d.desk.today(), proof: 'receipt', saleId: 'S-1' }, lines: [line], refundMethod: 'original' }));
    d.services.close();
    const old = tempDesk({ dir: d.dir });
    old.desk.db.exec("DELETE FROM sale_refunds; DELETE FROM sale_refund_payments; DELETE FROM meta WHERE key = 'projection_version';");
    old.services.close();

    const reopened = tempDesk({ dir: d.dir });
    ok(await reopened.client.signIn({ pin: MANAGER_PIN }));
    expect(ok(await reopened.client.findSale({ receipt: 'T3/000123' }))[0]!.lines[0]).toMatchObject({ returnedQty: 2, leftQty: 0, refunded: 200_00 });
    expect(scalar<number>(reopened.desk.db, 'SELECT count(*) FROM sale_refund_payments')).toBe(1);
    reopened.services.close();
  });
});
