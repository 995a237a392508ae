// A document that cannot be laid out never costs the customer their case.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok, readyDesk } from '../../../helpers/desk.js';

vi.mock('../../../../main/core/printing/layouts/return-receipt.js', () => ({
  returnReceipt: () => {
    throw new Error('layout bug');
  },
}));

const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((c) => c()));

describe('a layout that throws', () => {
  it('leaves the return saved, with no job for it, and says so when staff preview it', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const d = await readyDesk();
    cleanup.push(d.remove, () => logged.mockRestore());
    const today = d.desk.today();
    const saved = await d.client.recordReturn({
      purchase: { purchaseDate: today, proof: 'receipt', receiptNo: 'R-7' },
      lines: [{ item: 'Hrnek', qty: 1, unitPrice: { amount: 19900, currency: 'CZK' }, reason: 'changed_mind', condition: 'new', restock: true }],
      refundMethod: 'cash',
    });
    const ret = ok(saved);
    expect(ok(await d.client.getCase({ caseId: ret.id })).case.status).toBe('recorded');
    expect(ok(await d.client.listPrintJobs({ caseId: ret.id }))).toEqual([]);
    expect(await d.client.previewDocuments({ caseId: ret.id })).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged).toHaveBeenCalledWith(expect.objectContaining({ message: 'layout bug' }));
  });
});
