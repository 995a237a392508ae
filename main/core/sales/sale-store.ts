import { receiptKey, type Sale } from '../../../shared/sales/sale.js';
import type { SaleRefund } from '../../../shared/sales/refund-bounds.js';
import type { RefundMethod } from '../../../shared/domain/events.js';
import type { Database } from '../db/sqlite.js';

const DAY_MS = 86_400_000;

/**
 * The store's sales this desk holds: pulled from head office (its window of days) or looked up
 * there. Every statement is prepared once: a pull of thousands of sales and a receipt lookup among
 * a million lines are index work only.
 */
export class SaleStore {
  private readonly upsert;
  private readonly byReceipt;
  private readonly byId;
  private readonly refundLines;
  private readonly refundPayments;
  private readonly prune;

  constructor(private readonly db: Database, private readonly storeCode: () => string) {
    // A sale pulled again keeps the time it was looked up (it may be older than the window).
    this.upsert = db.prepare(`INSERT INTO sales (id, receipt_key, receipt_barcode, sold_at, looked_up_at, line_count, body) VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET receipt_key = excluded.receipt_key, receipt_barcode = excluded.receipt_barcode, sold_at = excluded.sold_at,
        looked_up_at = coalesce(excluded.looked_up_at, looked_up_at), line_count = excluded.line_count, body = excluded.body`);
    this.byReceipt = db.prepare('SELECT body FROM sales WHERE receipt_key = ? UNION SELECT body FROM sales WHERE receipt_barcode = ? LIMIT 20').raw();
    this.byId = db.prepare('SELECT body FROM sales WHERE id = ?').raw();
    this.refundLines = db.prepare('SELECT case_no, line_id, qty, paid FROM sale_refunds WHERE sale_id = ?').raw();
    this.refundPayments = db.prepare('SELECT case_no, method, amount FROM sale_refund_payments WHERE sale_id = ?').raw();
    this.prune = db.prepare('DELETE FROM sales WHERE sold_at < ? AND (looked_up_at IS NULL OR looked_up_at < ?)');
  }

  /** Stores sales (run inside the caller's transaction); `lookedUpAt` for those head office found on request. */
  put(sales: readonly Sale[], lookedUpAt: number | null = null): void {
    const store = this.storeCode();
    for (const s of sales) {
      this.upsert.run(s.id, receiptKey(s.receiptNo, store), s.receiptBarcode ?? null, Date.parse(s.soldAt), lookedUpAt, s.lines.length, JSON.stringify(s));
    }
  }

  /** Sales with this receipt number (any separators, with or without the store's prefix) or this exact barcode, newest first. */
  find(receipt: string): Sale[] {
    const rows = this.byReceipt.all(receiptKey(receipt, this.storeCode()), receipt) as [string][];
    return rows.map(([body]) => JSON.parse(body) as Sale).sort((a, b) => Date.parse(b.soldAt) - Date.parse(a.soldAt));
  }

  /** Head office hands a desk only its store's sales: any other store's in an answer is not this desk's to refund. */
  ofThisStore(sales: readonly Sale[]): Sale[] {
    const store = this.storeCode();
    return sales.filter((s) => s.store === store);
  }

  get(id: string): Sale | null {
    const row = this.byId.get(id) as [string] | undefined;
    return row ? (JSON.parse(row[0]) as Sale) : null;
  }

  /** What every case this desk knows (its own, synced or not, and those pulled) refunds of the sale. */
  refundsOf(saleId: string): SaleRefund[] {
    const byCase = new Map<string, SaleRefund>();
    const of = (caseNo: string) => {
      let r = byCase.get(caseNo);
      if (!r) byCase.set(caseNo, (r = { caseNo, saleId, lines: [], payments: [] }));
      return r;
    };
    for (const [caseNo, lineId, qty, paid] of this.refundLines.all(saleId) as [string, string, number, number][]) of(caseNo).lines.push({ lineId, qty, paid });
    for (const [caseNo, method, amount] of this.refundPayments.all(saleId) as [string, RefundMethod, number][]) of(caseNo).payments.push({ method, amount });
    return [...byCase.values()];
  }

  /** Forgets sales sold more than `days` before `now` (and looked up longer ago than that); the cases' refunds stay. */
  pruneOlderThan(days: number, now: number): number {
    const before = now - days * DAY_MS;
    return Number(this.prune.run(before, before).changes);
  }

  status(): { sales: number; saleLines: number; oldestSale: string | null } {
    const [sales, saleLines] = this.db.prepare('SELECT count(*), coalesce(sum(line_count), 0) FROM sales').raw().get() as [number, number];
    const oldest = this.db.prepare("SELECT json_extract(body, '$.soldAt') FROM sales ORDER BY sold_at LIMIT 1").raw().get() as [string] | undefined;
    return { sales, saleLines, oldestSale: oldest?.[0] ?? null };
  }
}
