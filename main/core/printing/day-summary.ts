import type { EventPayload } from '../../../shared/domain/events.js';
import type { RefundMethod } from '../../../shared/domain/events.js';
import type { Currency, Money } from '../../../shared/domain/money.js';
import { formatHlc } from '../../../shared/domain/hlc.js';
import type { Database } from '../db/sqlite.js';

export type DaySummary = {
  day: string;
  complaintsOpened: number;
  complaintsResolved: number;
  returns: number;
  exchanges: number;
  voided: number;
  /** Money handed back, by how (voided documents excluded). */
  refunds: Record<RefundMethod, Money>;
  totalRefunds: Money;
  /** What the cash drawer should show: cash refunds out, exchange top-ups in. */
  cashOut: Money;
  cashIn: Money;
  cashNet: Money;
};

type Row = { case_id: string; type: string; payload: string };

/** Epoch ms of the desk's local midnight starting `day` and the next one. */
function localDayRange(day: string): [number, number] {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return [new Date(y, m - 1, d).getTime(), new Date(y, m - 1, d + 1).getTime()];
}

/**
 * One local day at this desk, from the event log: counts per kind of case and the money that
 * left or entered the drawer. HLCs sort as text, so the day is a range scan on `at`.
 */
export function daySummary(db: Database, day: string, currency: Currency): DaySummary {
  const [from, to] = localDayRange(day);
  const rows = db
    .prepare("SELECT case_id, type, payload FROM events WHERE at >= ? AND at < ? AND type IN ('complaint.opened', 'complaint.resolved', 'return.recorded', 'exchange.recorded', 'case.voided') ORDER BY at")
    .all(formatHlc({ wall: from, counter: 0 }, ''), formatHlc({ wall: to, counter: 0 }, '')) as Row[];
  const voidedCases = new Set(
    (db.prepare("SELECT case_id FROM events WHERE type = 'case.voided'").all() as { case_id: string }[]).map((r) => r.case_id),
  );
  const zero = (): Money => ({ amount: 0, currency });
  const s: DaySummary = {
    day, complaintsOpened: 0, complaintsResolved: 0, returns: 0, exchanges: 0, voided: 0,
    refunds: { cash: zero(), card: zero(), store_credit: zero() }, totalRefunds: zero(), cashOut: zero(), cashIn: zero(), cashNet: zero(),
  };
  const refund = (method: RefundMethod, amount: number) => {
    s.refunds[method].amount += amount;
    s.totalRefunds.amount += amount;
    if (method === 'cash') s.cashOut.amount += amount;
  };
  for (const r of rows) {
    if (r.type === 'complaint.opened') s.complaintsOpened++;
    else if (r.type === 'complaint.resolved') s.complaintsResolved++;
    else if (r.type === 'case.voided') s.voided++;
    else if (voidedCases.has(r.case_id)) continue;
    else if (r.type === 'return.recorded') {
      s.returns++;
      const p = JSON.parse(r.payload) as EventPayload<'return.recorded'>;
      // A split refund went back by each of its methods.
      for (const part of p.refund.parts ?? [p.refund]) refund(part.method, part.amount.amount);
    } else if (r.type === 'exchange.recorded') {
      s.exchanges++;
      const p = JSON.parse(r.payload) as EventPayload<'exchange.recorded'>;
      if (p.difference.amount < 0) refund(p.settlement, -p.difference.amount);
      else if (p.settlement === 'cash') s.cashIn.amount += p.difference.amount;
    }
  }
  s.cashNet.amount = s.cashIn.amount - s.cashOut.amount;
  return s;
}
