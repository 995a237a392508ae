import type { CaseState } from '../../../shared/domain/case-state.js';
import type { Country } from '../../../shared/domain/jurisdiction.js';
import type { Money } from '../../../shared/domain/money.js';
import type { RefundMethod } from '../../../shared/domain/events.js';
import { hlcWallMs } from '../../../shared/domain/hlc.js';

/**
 * The figures a case counts toward, each split by a key:
 * - `complaints.opened` by kind, on the day it was opened;
 * - `complaints.resolved` by `in_time` / `late` (resolved after its statutory due date) / `no_deadline`, on the day of the verdict;
 * - `returns.cases` by case type (return, exchange); `returns.reason` and `returns.product` (SKU, else
 *   the item's name) per line: units and their value; `refunds.method` and `refunds.staff` (who recorded
 *   it): money back. A voided return or exchange counts toward none of these, only toward
 * - `voids` by who voided it, on the day of the void, with the money it would have refunded;
 * - `csat` by the staff member who served, on the day of the rating: n ratings, amount = sum of scores.
 * `sales` (figure_totals only) comes from the sales feed, not from cases.
 */
export const caseFigures = ['complaints.opened', 'complaints.resolved', 'returns.cases', 'returns.reason', 'returns.product', 'refunds.method', 'refunds.staff', 'voids', 'csat'] as const;
export type CaseFigure = (typeof caseFigures)[number];
export type Figure = CaseFigure | 'sales';
export const allFigures: readonly Figure[] = [...caseFigures, 'sales'];

/** One contribution of a case: `n` counts (cases, units, ratings), `amount` is minor units of `currency` ('' when no money). */
export type Fact = { figure: CaseFigure; key: string; day: string; currency: string; n: number; amount: number };

/** A store's day is its local day (the migration's sales trigger uses the same zones). */
const timeZones: Record<Country, string> = { CZ: 'Europe/Prague', BG: 'Europe/Sofia', UA: 'Europe/Kyiv', RU: 'Europe/Moscow' };
const dayFormats = new Map(Object.entries(timeZones).map(([country, timeZone]) => [country, new Intl.DateTimeFormat('en-CA', { timeZone })]));
/** The local date (YYYY-MM-DD) of an HLC reading in the case's country. */
export const localDay = (hlc: string, country: Country) => dayFormats.get(country)!.format(hlcWallMs(hlc));

/** What a case contributes to the dashboards, merged per figure, key and currency. */
export function factsOf(s: CaseState): Fact[] {
  const facts = new Map<string, Fact>();
  const add = (figure: CaseFigure, key: string, at: string, n: number, amount = 0, currency = '') => {
    const id = `${figure}\u0000${key}\u0000${currency}`;
    const held = facts.get(id);
    if (held) {
      held.n += n;
      held.amount += amount;
    } else facts.set(id, { figure, key, day: localDay(at, s.country), currency, n, amount });
  };

  const c = s.complaint;
  if (c) {
    add('complaints.opened', c.kind, s.openedAt, 1);
    if (c.resolution) {
      const verdictDay = localDay(c.resolution.at, s.country);
      add('complaints.resolved', !c.dueDate ? 'no_deadline' : verdictDay <= c.dueDate ? 'in_time' : 'late', c.resolution.at, 1);
    }
  }

  const lines = s.return?.lines ?? s.exchange?.returned ?? [];
  const refundParts: { method: RefundMethod; money: Money }[] = s.return
    ? (s.return.refund.parts ?? [s.return.refund]).map((p) => ({ method: p.method, money: p.amount }))
    : s.exchange && s.exchange.difference.amount < 0 ? [{ method: s.exchange.settlement, money: { ...s.exchange.difference, amount: -s.exchange.difference.amount } }] : [];
  const refunded = refundParts.reduce((sum, p) => sum + p.money.amount, 0);
  const refundCurrency = refundParts[0]?.money.currency ?? '';

  if (s.voided) add('voids', s.voided.actor, s.voided.at, 1, refunded, refundCurrency);
  else if (s.type !== 'complaint') {
    add('returns.cases', s.type, s.openedAt, 1);
    for (const line of lines) {
      // With a sale, what the units were actually paid (in the sale's currency); else their price.
      const value = line.paid ?? { amount: line.qty * line.unitPrice.amount, currency: line.unitPrice.currency };
      add('returns.reason', line.reason, s.openedAt, line.qty, value.amount, value.currency);
      add('returns.product', line.sku || line.item, s.openedAt, line.qty, value.amount, value.currency);
    }
    for (const p of refundParts) add('refunds.method', p.method, s.openedAt, 1, p.money.amount, p.money.currency);
    if (refundParts.length) add('refunds.staff', s.openedBy, s.openedAt, 1, refunded, refundCurrency);
  }
  if (s.feedback) add('csat', s.openedBy, s.feedback.at, 1, s.feedback.score);
  return [...facts.values()];
}
