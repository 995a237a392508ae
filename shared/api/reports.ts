import { z } from 'zod';
import { method } from './method.js';
import { isoDateSchema } from '../domain/jurisdiction.js';
import type { CaseStatus, CaseType } from '../domain/case-state.js';
import type { ReasonCode, RefundMethod } from '../domain/events.js';
import type { Currency } from '../domain/money.js';

/** The longest range one report covers: a year, so a report stays a few hundred rows. */
export const maxReportDays = 366;

/** Local days, both included; never ending after today (the desk knows no future). */
export const reportRangeSchema = z.object({ from: isoDateSchema, to: isoDateSchema }).strict()
  .refine((r) => r.from <= r.to, { message: 'from after to', path: ['to'] })
  .refine((r) => (Date.parse(r.to) - Date.parse(r.from)) / 86_400_000 < maxReportDays, { message: 'too long', path: ['to'] });
export type ReportRange = z.infer<typeof reportRangeSchema>;

/** Amounts are minor units of `currency` (the store's): foreign purchases count as they were refunded. */
export type DeskReport = ReportRange & {
  currency: Currency;
  /** Cases this desk opened or recorded in the range, by type and by where they stand now. */
  counts: Array<{ type: CaseType; status: CaseStatus; count: number }>;
  refundsByMethod: Record<RefundMethod, number>;
  totalRefunds: number;
  /** Each refunded line's share of its case's refund, by the reason given for the line. */
  refundsByReason: Array<{ reason: ReasonCode; lines: number; amount: number }>;
  refundsByStaff: Array<{ staffId: string; name: string; cases: number; amount: number }>;
  /** Cash refunded out of the drawer and exchange top-ups paid into it in cash. */
  drawer: { cashOut: number; cashIn: number; net: number };
  /** Complaints open today and those of them past their statutory deadline or due within 3 days. */
  complaints: { open: number; overdue: number; dueSoon: number };
  /** Customer ratings given in the range, by the person who served the case and by ISO week. */
  csat: Array<{ staffId: string; name: string; week: string; ratings: number; average: number; satisfiedPercent: number }>;
  /** For the charts: per day, cases opened and money refunded. */
  days: Array<{ day: string; cases: number; refunds: number }>;
};

/** `dueBy`: the last day counted as due soon (listCases takes it as `dueBy` to list them). */
export type DueComplaints = { dueBy: string; total: number; overdue: number };
/** Days ahead a complaint's deadline counts as due soon. */
export const dueSoonDays = 3;

export type ReportCsv = { filename: string; csv: string };

export const reportsApi = {
  deskReport: method<DeskReport>()(z.object({ range: reportRangeSchema }).strict()),
  /** The same report as a CSV file that opens right in Excel in the desk's language (BOM, its separators). */
  exportDeskReport: method<ReportCsv>()(z.object({ range: reportRangeSchema }).strict()),
  /** Open complaints whose statutory deadline has passed or falls within the next 3 days: for the reminder at sign-in and F9. */
  dueComplaints: method<DueComplaints>()(z.object({}).strict()),
};
