import type { DeskReport, DueComplaints, ReportRange } from '../../../shared/api/reports.js';
import { dueSoonDays } from '../../../shared/api/reports.js';
import type { CaseState } from '../../../shared/domain/case-state.js';
import { refundMethodSchema, type ReasonCode, type RefundMethod, type ReturnLine } from '../../../shared/domain/events.js';
import { hlcWallMs } from '../../../shared/domain/hlc.js';
import { localDay } from '../clock.js';
import { scalar, type Database } from '../db/sqlite.js';
import type { Desk } from '../desk.js';

/** The local day after `day` (calendar arithmetic in UTC: a day is a day whatever the time zone). */
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** ISO 8601 week of a day, e.g. 2026-W49 (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  const weekday = (d.getUTCDay() + 6) % 7;
  const thursday = new Date(d.getTime() + (3 - weekday) * 86_400_000);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = 1 + Math.floor((thursday.getTime() - yearStart) / (7 * 86_400_000));
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

const dayOf = (hlc: string) => localDay(hlcWallMs(hlc));

/**
 * Splits `total` over `weights` in proportion, in integers, by largest remainder: the parts add up
 * to the total exactly, so refunds by reason sum to the refunds.
 */
function shares(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!sum) return weights.map((_, i) => (i === 0 ? total : 0));
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  for (const i of exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0]).map(([, i]) => i)) {
    if (left-- <= 0) break;
    parts[i]! += 1;
  }
  return parts;
}

const lineWeight = (l: ReturnLine) => l.paid?.amount ?? l.qty * l.unitPrice.amount;

/** The money a case moved, in the store's currency: refunds by method and reason, cash paid in. */
function moneyOf(c: CaseState): { byMethod: Array<[RefundMethod, number]>; byLine: Array<[ReasonCode, number]>; cashIn: number } {
  if (c.return) {
    const r = c.return.refund;
    const byMethod = (r.parts ?? [r]).map((p) => [p.method, p.amount.amount] as [RefundMethod, number]);
    const split = shares(r.amount.amount, c.return.lines.map(lineWeight));
    return { byMethod, byLine: c.return.lines.map((l, i) => [l.reason, split[i]!]), cashIn: 0 };
  }
  if (c.exchange) {
    const { difference, settlement, returned } = c.exchange;
    if (difference.amount >= 0) return { byMethod: [], byLine: [], cashIn: settlement === 'cash' ? difference.amount : 0 };
    const split = shares(-difference.amount, returned.map(lineWeight));
    return { byMethod: [[settlement, -difference.amount]], byLine: returned.map((l, i) => [l.reason, split[i]!]), cashIn: 0 };
  }
  return { byMethod: [], byLine: [], cashIn: 0 };
}

/** Cases of this desk (its case numbers) opened in the range; their state is as it stands now. */
function casesOpenedIn(db: Database, prefix: string, range: ReportRange): CaseState[] {
  // HLCs sort as text and start with the wall clock: the range is a scan of opened_at.
  const from = String(new Date(`${range.from}T00:00:00`).getTime()).padStart(15, '0');
  const to = String(new Date(`${addDays(range.to, 1)}T00:00:00`).getTime()).padStart(15, '0');
  return (db.prepare('SELECT state FROM cases WHERE opened_at >= ? AND opened_at < ? AND case_no >= ? AND case_no < ? ORDER BY opened_at').all(from, to, prefix, `${prefix}:`) as { state: string }[])
    .map((r) => JSON.parse(r.state) as CaseState);
}

function complaintsNow(db: Database, today: string) {
  const open = "type = 'complaint' AND status IN ('received', 'in_progress')";
  return {
    open: scalar<number>(db, `SELECT count(*) FROM cases WHERE ${open}`) ?? 0,
    overdue: scalar<number>(db, `SELECT count(*) FROM cases WHERE ${open} AND due_date < ?`, today) ?? 0,
    dueSoon: scalar<number>(db, `SELECT count(*) FROM cases WHERE ${open} AND due_date >= ? AND due_date <= ?`, today, addDays(today, dueSoonDays)) ?? 0,
  };
}

/** Customer ratings given within the range, on any case this desk knows, by who served the case and the week. */
function csatOf(db: Database, range: ReportRange, names: Map<string, string>): DeskReport['csat'] {
  const rated = (db.prepare("SELECT state FROM cases WHERE json_extract(state, '$.feedback') IS NOT NULL").all() as { state: string }[])
    .map((r) => JSON.parse(r.state) as CaseState)
    .filter((c) => { const d = dayOf(c.feedback!.at); return d >= range.from && d <= range.to; });
  const groups = new Map<string, { staffId: string; week: string; scores: number[] }>();
  for (const c of rated) {
    const week = isoWeek(dayOf(c.feedback!.at));
    const key = `${c.openedBy}|${week}`;
    const g = groups.get(key) ?? { staffId: c.openedBy, week, scores: [] };
    g.scores.push(c.feedback!.score);
    groups.set(key, g);
  }
  return [...groups.values()]
    .map(({ staffId, week, scores }) => ({
      staffId, name: names.get(staffId) ?? staffId, week, ratings: scores.length,
      average: Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100,
      // CSAT: the share of ratings of 4 or 5.
      satisfiedPercent: Math.round((scores.filter((s) => s >= 4).length / scores.length) * 100),
    }))
    .sort((a, b) => a.week.localeCompare(b.week) || a.name.localeCompare(b.name));
}

/**
 * The desk's report for a range of local days. Counts cover the cases this desk opened or recorded
 * in the range, as they stand now; money leaves out voided documents (as the end of day does).
 */
export function deskReport(desk: Desk, range: ReportRange): DeskReport {
  const { storeCode, deskCode, currency } = desk.requireSetup();
  const names = new Map(desk.staff.list().map((s) => [s.id, s.name]));
  const cases = casesOpenedIn(desk.db, `${storeCode}-${deskCode}-`, range);
  const counts = new Map<string, DeskReport['counts'][number]>();
  const refundsByMethod = Object.fromEntries(refundMethodSchema.options.map((m) => [m, 0])) as Record<RefundMethod, number>;
  const byReason = new Map<ReasonCode, { reason: ReasonCode; lines: number; amount: number }>();
  const byStaff = new Map<string, { staffId: string; name: string; cases: number; amount: number }>();
  const days = new Map<string, { day: string; cases: number; refunds: number }>();
  for (let d = range.from; d <= range.to; d = addDays(d, 1)) days.set(d, { day: d, cases: 0, refunds: 0 });
  let cashIn = 0;
  for (const c of cases) {
    const key = `${c.type}|${c.status}`;
    const count = counts.get(key) ?? { type: c.type, status: c.status, count: 0 };
    count.count += 1;
    counts.set(key, count);
    const day = days.get(dayOf(c.openedAt));
    if (day) day.cases += 1;
    if (c.status === 'voided') continue;
    const m = moneyOf(c);
    cashIn += m.cashIn;
    const refunded = m.byMethod.reduce((a, [, amount]) => a + amount, 0);
    for (const [method, amount] of m.byMethod) refundsByMethod[method] += amount;
    for (const [reason, amount] of m.byLine) {
      const r = byReason.get(reason) ?? { reason, lines: 0, amount: 0 };
      r.lines += 1;
      r.amount += amount;
      byReason.set(reason, r);
    }
    if (refunded) {
      const s = byStaff.get(c.openedBy) ?? { staffId: c.openedBy, name: names.get(c.openedBy) ?? c.openedBy, cases: 0, amount: 0 };
      s.cases += 1;
      s.amount += refunded;
      byStaff.set(c.openedBy, s);
      if (day) day.refunds += refunded;
    }
  }
  const totalRefunds = Object.values(refundsByMethod).reduce((a, b) => a + b, 0);
  return {
    ...range,
    currency,
    counts: [...counts.values()].sort((a, b) => a.type.localeCompare(b.type) || a.status.localeCompare(b.status)),
    refundsByMethod,
    totalRefunds,
    refundsByReason: [...byReason.values()].sort((a, b) => b.amount - a.amount),
    refundsByStaff: [...byStaff.values()].sort((a, b) => b.amount - a.amount),
    drawer: { cashOut: refundsByMethod.cash, cashIn, net: cashIn - refundsByMethod.cash },
    complaints: complaintsNow(desk.db, desk.today()),
    csat: csatOf(desk.db, range, names),
    days: [...days.values()],
  };
}

/** Open complaints overdue or due within `dueSoonDays`: what the counter is reminded of. */
export function dueComplaints(desk: Desk): DueComplaints {
  const today = desk.today();
  const dueBy = addDays(today, dueSoonDays);
  const { overdue, dueSoon } = complaintsNow(desk.db, today);
  return { dueBy, total: overdue + dueSoon, overdue };
}
