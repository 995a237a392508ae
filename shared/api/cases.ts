import { z } from 'zod';
import { method } from './method.js';
import type { CaseState, CaseStatus, CaseType } from '../domain/case-state.js';
import type { DeskEvent } from '../domain/events.js';
import {
  closedHowSchema, complaintKindSchema, customerSchema, outcomeSchema, productSchema, purchaseSchema, refundMethodSchema,
  remedySchema, returnLineSchema, saleLineSchema, sentToSchema, withoutUnstorableChars,
} from '../domain/events.js';
import { deskSetupSchema, pinSchema, staffRoleSchema, type DeskSetup, type Staff } from '../settings.js';
import type { PolicySummary } from '../domain/policy.js';
import { isoDateSchema } from '../domain/jurisdiction.js';

const none = z.object({}).strict();
const caseRef = { caseId: z.uuid() };
const optionalNote = z.string().trim().max(2000).optional();
/** A manager's PIN typed at the counter, for what needs approval. */
const approvalPin = pinSchema.optional();

export type Session = { setup: DeskSetup | null; staff: Staff | null; policy: PolicySummary | null; deviceId: string };
export type CaseSummary = {
  id: string; caseNo: string; type: CaseType; status: CaseStatus; openedAt: string; updatedAt: string;
  customerName?: string; customerPhone?: string; subject: string; dueDate?: string; overdue: boolean;
  /** Head office flagged an over-refund on it that no manager has settled yet. */
  conflict: boolean;
};
export type CaseDetail = { case: CaseState; events: DeskEvent[]; overdue: boolean };

export const casesApi = {
  getSession: method<Session>()(none),
  completeSetup: method<Session>()(z.object({ setup: deskSetupSchema, manager: z.object({ name: z.string().trim().min(1).max(80), pin: pinSchema }) }).strict()),
  signIn: method<Staff>()(z.object({ pin: pinSchema }).strict()),
  signOut: method<null>()(none),
  listStaff: method<Staff[]>()(none),
  addStaff: method<Staff>()(z.object({ name: z.string().trim().min(1).max(80), role: staffRoleSchema, pin: pinSchema }).strict()),
  changeOwnPin: method<Staff>()(z.object({ currentPin: pinSchema, newPin: pinSchema }).strict()),

  openComplaint: method<CaseState>()(z.object({
    kind: complaintKindSchema,
    remedy: remedySchema,
    description: z.string().trim().min(1).max(2000),
    product: productSchema.optional(),
    purchase: purchaseSchema.optional(),
    customer: customerSchema.optional(),
  }).strict()),
  progressComplaint: method<CaseState>()(z.object({ ...caseRef, sentTo: sentToSchema.optional(), note: optionalNote }).strict()),
  resolveComplaint: method<CaseState>()(z.object({ ...caseRef, outcome: outcomeSchema, method: remedySchema.optional(), reason: optionalNote, note: optionalNote }).strict()),
  closeComplaint: method<CaseState>()(z.object({ ...caseRef, how: closedHowSchema, note: optionalNote }).strict()),
  addNote: method<CaseState>()(z.object({ ...caseRef, text: z.string().trim().min(1).max(2000) }).strict()),

  recordReturn: method<CaseState>()(z.object({
    purchase: purchaseSchema,
    lines: z.array(returnLineSchema).min(1).max(100),
    /**
     * With `purchase.saleId`, lines name the sale's lines and their prices come from the sale;
     * `original` gives the money back by the methods the customer paid with.
     */
    refundMethod: z.union([refundMethodSchema, z.literal('original')]),
    customer: customerSchema.optional(),
    approvalPin,
  }).strict()),
  recordExchange: method<CaseState>()(z.object({
    purchase: purchaseSchema,
    returned: z.array(returnLineSchema).min(1).max(100),
    issued: z.array(saleLineSchema).min(1).max(100),
    settlement: refundMethodSchema,
    customer: customerSchema.optional(),
    approvalPin,
  }).strict()),
  /** A manager settles the over-refund head office flagged on a case (what was done about it). */
  settleConflict: method<CaseState>()(z.object({ ...caseRef, note: z.string().trim().min(1).max(500), approvalPin: pinSchema }).strict()),
  voidCase: method<CaseState>()(z.object({ ...caseRef, reason: z.string().trim().min(1).max(500), approvalPin: pinSchema }).strict()),
  recordFeedback: method<CaseState>()(z.object({
    ...caseRef,
    score: z.number().int().min(1).max(5),
    solved: z.enum(['yes', 'partly', 'no']),
    comment: z.string().trim().max(1000).optional(),
  }).strict()),

  listCases: method<{ items: CaseSummary[]; total: number }>()(z.object({
    // Only looked up, never stored: half an emoji pasted into the search box is dropped, not refused.
    query: z.string().max(100).transform(withoutUnstorableChars).optional(),
    type: z.enum(['complaint', 'return', 'exchange']).optional(),
    status: z.enum(['received', 'in_progress', 'resolved', 'closed', 'recorded', 'voided']).optional(),
    overdueOnly: z.boolean().optional(),
    /** Open complaints whose deadline is this day or earlier (the overdue reminder). */
    dueBy: isoDateSchema.optional(),
    limit: z.number().int().min(1).max(200).default(50),
    offset: z.number().int().min(0).max(1_000_000).default(0),
  }).strict()),
  getCase: method<CaseDetail>()(z.object(caseRef).strict()),
};
