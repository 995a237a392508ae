import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, readyDesk } from '../../../helpers/desk.js';
import { testClock } from '../../../helpers/clock.js';
import { complaintInput, receipt, returnLine } from '../../../helpers/cases.js';

let d: Awaited<ReturnType<typeof readyDesk>>;
const clock = testClock('2026-03-01');
const ids = {} as Record<'novak' | 'zlutoucky' | 'ivan' | 'suggestion' | 'ret', string>;

beforeAll(async () => {
  d = await readyDesk({}, { now: clock.now });
  const c = d.client;
  ids.novak = ok(await c.openComplaint(complaintInput({ customer: { name: 'Petr Novák', phone: '+420 777 123 456' }, remedy: 'repair' }))).id;
  ids.zlutoucky = ok(await c.openComplaint(complaintInput({ customer: { name: 'ŽLUŤOUČKÝ Kůň', phone: '602-555-019' }, product: { name: 'Pračka', serial: 'WM-88812' } }))).id;
  ids.ivan = ok(await c.openComplaint(complaintInput({ kind: 'service', remedy: 'none', description: 'Долго ждал', product: undefined, customer: { name: 'Иван Петров', phone: '(495) 987-65-43' } }))).id;
  ids.suggestion = ok(await c.openComplaint(complaintInput({ kind: 'suggestion', remedy: 'none', description: 'More parking', product: undefined }))).id;
  ids.ret = ok(await c.recordReturn({ purchase: receipt('2026-02-25', 'RC-2026-004711'), refundMethod: 'cash', lines: [returnLine(19900, 'CZK', { item: 'Hrnek', sku: 'MUG-01' })], customer: { name: 'Olena Шевченко' } })).id;
  ok(await c.handDocument({ caseId: ids.zlutoucky, document: 'filing', how: 'declined' }));
  ok(await c.resolveComplaint({ caseId: ids.zlutoucky, outcome: 'accepted', method: 'repair' }));
});
afterAll(() => d.remove());

const find = async (filter: Parameters<typeof d.client.listCases>[0]) => {
  const r = ok(await d.client.listCases(filter));
  return r.items.map((i) => i.id);
};

describe('listCases search', () => {
  it('finds a phone by any 4-digit fragment, whatever spaces, dashes or + it was stored with', async () => {
    expect(await find({ query: '7771' })).toEqual([ids.novak]); // across the space in "777 123"
    expect(await find({ query: '3456' })).toEqual([ids.novak]);
    expect(await find({ query: '4207' })).toEqual([ids.novak]); // across "+420 777"
    expect(await find({ query: '5550' })).toEqual([ids.zlutoucky]);
    expect(await find({ query: '4959' })).toEqual([ids.ivan]);
    expect(await find({ query: '+420 777' })).toEqual([ids.novak]);
    expect(await find({ query: '+420777123' })).toEqual([ids.novak]); // typed without the stored spaces
    expect(await find({ query: '777-123-4' })).toEqual([ids.novak]);
    expect(await find({ query: '555019' })).toEqual([ids.zlutoucky]); // stored as 602-555-019
  });

  it('finds a receipt number, whole or in part', async () => {
    expect(await find({ query: 'RC-2026-004711' })).toEqual([ids.ret]);
    expect(await find({ query: '004711' })).toEqual([ids.ret]);
  });

  it('finds names in Czech and Cyrillic, ignoring case', async () => {
    expect(await find({ query: 'novák' })).toEqual([ids.novak]);
    expect(await find({ query: 'NOVÁK' })).toEqual([ids.novak]);
    expect(await find({ query: 'žluťoučký' })).toEqual([ids.zlutoucky]);
    expect(await find({ query: 'иван' })).toEqual([ids.ivan]);
    expect(await find({ query: 'ПЕТРОВ' })).toEqual([ids.ivan]);
    expect(await find({ query: 'шевченко' })).toEqual([ids.ret]);
    expect(await find({ query: 'petr novák' })).toEqual([ids.novak]);
  });

  it('ignores diacritics, as a clerk on a plain keyboard types', async () => {
    expect(await find({ query: 'novak' })).toEqual([ids.novak]);
    expect(await find({ query: 'ZLUTOUCKY kun' })).toEqual([ids.zlutoucky]);
    expect(await find({ query: 'pracka' })).toEqual([ids.zlutoucky]); // the product "Pračka"
  });

  it('finds a case number, whole or by its running number', async () => {
    const caseNo = ok(await d.client.getCase({ caseId: ids.ivan })).case.caseNo;
    expect(caseNo).toBe('PRG01-A-2026-00003');
    expect(await find({ query: caseNo })).toEqual([ids.ivan]);
    expect(await find({ query: caseNo.toLowerCase() })).toEqual([ids.ivan]);
    expect(await find({ query: '00003' })).toEqual([ids.ivan]);
    expect(await find({ query: '2026-00003' })).toEqual([ids.ivan]);
  });

  it('finds items, SKUs and serial numbers', async () => {
    expect(await find({ query: 'WM-88812' })).toEqual([ids.zlutoucky]);
    expect(await find({ query: 'MUG-01' })).toEqual([ids.ret]);
  });

  it('1-2 character queries match a case-number fragment or a name prefix, without error', async () => {
    expect(await find({ query: 'Pe' })).toEqual([ids.novak]);
    expect(await find({ query: 'Ив' })).toEqual([ids.ivan]);
    expect(await find({ query: '5' })).toEqual([ids.ret]); // PRG01-A-2026-00005
    expect(ok(await d.client.listCases({ query: 'Q' })).total).toBe(0);
  });

  it('filters by type and status and combines with a query', async () => {
    expect(new Set(await find({ type: 'complaint' }))).toEqual(new Set([ids.novak, ids.zlutoucky, ids.ivan, ids.suggestion]));
    expect(await find({ type: 'return' })).toEqual([ids.ret]);
    expect(await find({ status: 'resolved' })).toEqual([ids.zlutoucky]);
    expect(await find({ status: 'received', query: '7771' })).toEqual([ids.novak]);
    expect(await find({ status: 'resolved', query: '7771' })).toEqual([]);
  });

  it('lists newest first, pages, and counts the total', async () => {
    const all = ok(await d.client.listCases({}));
    expect(all.total).toBe(5);
    expect(all.items[0]!.id).toBe(ids.zlutoucky); // resolved last
    const page = ok(await d.client.listCases({ limit: 2, offset: 2 }));
    expect(page.items.map((i) => i.id)).toEqual(all.items.slice(2, 4).map((i) => i.id));
    expect(page.total).toBe(5);
  });
});

describe('overdue complaints', () => {
  it('are flagged once today is past the due date, until resolved', async () => {
    expect(await find({ overdueOnly: true })).toEqual([]);
    clock.setDay('2026-03-31'); // CZ: filed 1 March, due 31 March
    expect(await find({ overdueOnly: true })).toEqual([]);
    clock.setDay('2026-04-01');
    expect(new Set(await find({ overdueOnly: true }))).toEqual(new Set([ids.novak, ids.ivan]));
    const items = ok(await d.client.listCases({})).items;
    expect(items.filter((i) => i.overdue).map((i) => i.id).sort()).toEqual([ids.novak, ids.ivan].sort());
    expect(ok(await d.client.getCase({ caseId: ids.novak })).overdue).toBe(true);
    expect(ok(await d.client.getCase({ caseId: ids.suggestion })).overdue).toBe(false);

    ok(await d.client.handDocument({ caseId: ids.novak, document: 'filing', how: 'declined' }));
    ok(await d.client.resolveComplaint({ caseId: ids.novak, outcome: 'accepted', method: 'repair' }));
    expect(await find({ overdueOnly: true })).toEqual([ids.ivan]);
    expect(ok(await d.client.getCase({ caseId: ids.novak })).overdue).toBe(false);
  });
});

describe('paging past the end', () => {
  it('returns no items but still the total', async () => {
    const r = ok(await d.client.listCases({ offset: 100 }));
    expect(r).toEqual({ items: [], total: 5 });
    expect(ok(await d.client.listCases({ query: 'Novák', offset: 1 }))).toEqual({ items: [], total: 1 });
  });
});
