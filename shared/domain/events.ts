import { z } from 'zod';
import { currencySchema, MAX_AMOUNT, moneySchema, priceSchema } from './money.js';
import { countrySchema, isoDateSchema, localeSchema } from './jurisdiction.js';
import { caseNoSchema } from './case-number.js';
import { handedDocumentSchema, handedHowSchema } from '../law/documents.js';
import { registerNoFits, registerNoSchema } from '../law/register-number.js';
import { staffRoleSchema } from '../settings.js';

const text = (max: number) => z.string().trim().min(1).max(max);
/** An id from the shop's till or ERP (a sale's, a sale line's): printable ASCII without spaces. */
const saleRef = (max: number) => z.string().trim().min(1).max(max).regex(/^[\x21-\x7E]+$/);

/**
 * NUL, or a lone UTF-16 surrogate (half an emoji): PostgreSQL, JSON tools and printers refuse such
 * text, so one of them in a stored event would stall the queue. No text a desk stores may hold one.
 */
const unstorableChar = /\0|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorableChars = new RegExp(unstorableChar.source, 'g');

/** Where (as key paths) `value` holds a string with NUL or a lone surrogate. */
export function unstorableTextPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value === 'string') return unstorableChar.test(value) ? [path] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) => unstorableTextPaths(v, [...path, key]));
}

/** For text that is only looked up, never stored (a search): the offending characters dropped. */
export const withoutUnstorableChars = (s: string) => s.replace(unstorableChars, '');

/** For text that is stored (a name, a note) or names one thing (a device): refused with this message, `z.string().refine(...storableText)`. */
export const storableText = [(s: string) => !unstorableChar.test(s), 'text with NUL or half a character'] as const;

export const customerSchema = z.object({
  name: z.string().trim().max(120).optional(),
  phone: z.string().trim().max(40).regex(/^[+\d\s()./-]*$/).optional(),
  email: z.union([z.literal(''), z.email().max(200)]).optional(),
});
export type Customer = z.infer<typeof customerSchema>;

export const complaintKindSchema = z.enum(['defect', 'service', 'suggestion']);
export type ComplaintKind = z.infer<typeof complaintKindSchema>;
export const remedySchema = z.enum(['repair', 'replacement', 'price_reduction', 'refund', 'withdrawal', 'none']);
export type Remedy = z.infer<typeof remedySchema>;
export const outcomeSchema = z.enum(['accepted', 'partly', 'rejected']);
export const sentToSchema = z.enum(['service', 'supplier']);
export const closedHowSchema = z.enum(['customer_informed', 'item_handed_back']);
/** The reason codes every desk knows, named in the `terms` catalog; head office may rename or retire them and add its own. */
export const builtInReasonCodes = ['defective', 'not_as_described', 'wrong_item', 'wrong_size', 'changed_mind', 'damaged_in_transit', 'other'] as const;
/** A return line's reason: a built-in code or one head office added (`shared/domain/reasons.ts`). */
export const reasonCodeSchema = z.string().regex(/^[a-z][a-z0-9_]{1,39}$/, 'a reason code: lower-case letters, digits and _');
export type ReasonCode = z.infer<typeof reasonCodeSchema>;
export const conditionSchema = z.enum(['new', 'opened', 'used', 'damaged']);
export const refundMethodSchema = z.enum(['cash', 'card', 'store_credit']);
export type RefundMethod = z.infer<typeof refundMethodSchema>;
export const proofSchema = z.enum(['receipt', 'invoice', 'card_statement', 'other', 'none']);
export type Proof = z.infer<typeof proofSchema>;
export const approvalReasonSchema = z.enum(['outside_window', 'no_receipt', 'over_limit', 'void']);

export const productSchema = z.object({
  name: text(200),
  sku: z.string().trim().max(64).optional(),
  serial: z.string().trim().max(64).optional(),
  price: priceSchema.optional(),
  /** The line of the purchase's sale this product was sold on (with `purchase.saleId`). */
  saleLineId: saleRef(32).optional(),
});

export const purchaseSchema = z.object({
  receiptNo: z.string().trim().max(64).optional(),
  purchaseDate: isoDateSchema,
  proof: proofSchema,
  /** The sale at head office this purchase is (from the till): then lines name its lines, and refunds are bounded by it. */
  saleId: saleRef(64).optional(),
});
export type Purchase = z.infer<typeof purchaseSchema>;

export const saleLineSchema = z.object({
  item: text(200),
  sku: z.string().trim().max(64).optional(),
  qty: z.number().int().min(1).max(999),
  unitPrice: priceSchema,
});
export type SaleLine = z.infer<typeof saleLineSchema>;

export const returnLineSchema = saleLineSchema.extend({
  reason: reasonCodeSchema,
  condition: conditionSchema,
  restock: z.boolean(),
  /** The line of the purchase's sale this returns (with `purchase.saleId`). */
  saleLineId: saleRef(32).optional(),
  /**
   * With a sale: what these units were actually paid, in the sale's currency (line and receipt
   * discounts taken off), computed by the desk from the sale. The refund is this, not qty × unitPrice.
   */
  paid: priceSchema.optional(),
});
export type ReturnLine = z.infer<typeof returnLineSchema>;

export const approvalSchema = z.object({ managerId: z.string().min(1), reasons: z.array(approvalReasonSchema).min(1) });
export type Approval = z.infer<typeof approvalSchema>;

/**
 * A refund: the total in the store's currency and, for a sale-linked return, how it goes back by
 * method. `saleAmount` is the part in the sale's currency, which bounds later refunds per method;
 * `method` is then the largest part's.
 */
export const refundSchema = z.object({
  method: refundMethodSchema,
  amount: moneySchema,
  parts: z.array(z.object({ method: refundMethodSchema, amount: moneySchema, saleAmount: z.number().int().min(0).max(MAX_AMOUNT) })).min(1).max(3).optional(),
});
export type Refund = z.infer<typeof refundSchema>;

/** A person at the desk as staff events record them (never their PIN). */
const staffRecordSchema = z.object({ name: text(80), role: staffRoleSchema, active: z.boolean() });
/** The store's details as `store.details_changed` records them. */
const storeDetailsRecordSchema = z.object({
  storeName: text(120),
  address: text(300),
  companyId: text(40),
  vatId: z.string().trim().max(40).optional(),
  phone: z.string().trim().max(40).optional(),
  country: countrySchema,
  language: localeSchema,
  currency: currencySchema,
  /** The logo by its SHA-256, never its bytes. */
  logoSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});

const opened = {
  caseNo: caseNoSchema, country: countrySchema, customer: customerSchema.optional(),
  /** The law version the case was filed under (`shared/law/versions.ts`); it keeps it when the law changes. */
  lawVersion: z.string().min(1).max(64).regex(/^[a-z0-9-]+$/).optional(),
};

/** Event payloads by type. Events are immutable: a mistake is corrected by a later event. */
export const eventPayloads = {
  'complaint.opened': z.object({
    ...opened,
    kind: complaintKindSchema,
    remedy: remedySchema,
    description: text(2000),
    product: productSchema.optional(),
    purchase: purchaseSchema.optional(),
    dueDate: isoDateSchema.optional(),
    /** The last day of the guarantee (from the sale date and the item's warranty or the pack's legal guarantee). */
    guaranteeEnds: isoDateSchema.optional(),
    /** A claim's number in the BG complaints register (`shared/law/register-number.ts`); events before it had none. */
    registerNo: registerNoSchema.optional(),
  }),
  'complaint.progressed': z.object({ sentTo: sentToSchema.optional(), note: z.string().trim().max(2000).optional() }),
  'complaint.resolved': z.object({
    outcome: outcomeSchema,
    method: remedySchema.optional(),
    reason: z.string().trim().max(2000).optional(),
    note: z.string().trim().max(2000).optional(),
  }),
  'complaint.closed': z.object({ how: closedHowSchema, note: z.string().trim().max(2000).optional() }),
  'case.noted': z.object({ text: text(2000) }),
  'return.recorded': z.object({
    ...opened,
    purchase: purchaseSchema,
    lines: z.array(returnLineSchema).min(1).max(100),
    refund: refundSchema,
    approval: approvalSchema.optional(),
  }),
  'exchange.recorded': z.object({
    ...opened,
    purchase: purchaseSchema,
    returned: z.array(returnLineSchema).min(1).max(100),
    issued: z.array(saleLineSchema).min(1).max(100),
    /** issued minus returned, in the store currency: > 0 the customer pays, < 0 the shop refunds. */
    difference: moneySchema,
    settlement: refundMethodSchema,
    approval: approvalSchema.optional(),
  }),
  'case.voided': z.object({ reason: text(500), managerId: z.string().min(1) }),
  /**
   * Recorded by head office only, on every case of a conflict: refunds of one sale, recorded
   * (offline) at different desks, together exceed what was sold or paid.
   */
  'case.flagged': z.object({
    kind: z.literal('over_refund'),
    saleId: saleRef(64),
    receiptNo: z.string().trim().max(64),
    /** The lines (and `payment.<method>` entries) beyond their bound. */
    over: z.array(saleRef(48)).min(1).max(100),
    /** Every case that refunds from this sale, this one included. */
    cases: z.array(caseNoSchema).min(1).max(100),
  }),
  /** A manager settled the case's conflict (e.g. the customer paid back, or the loss was accepted). */
  'case.flag_settled': z.object({ note: text(500), managerId: z.string().min(1) }),
  /** A document the law requires (shared/law/documents.ts) was handed to the customer, or the customer declined it. */
  'document.handed': z.object({ document: handedDocumentSchema, how: handedHowSchema }),
  'feedback.recorded': z.object({
    score: z.number().int().min(1).max(5),
    solved: z.enum(['yes', 'partly', 'no']),
    comment: z.string().trim().max(1000).optional(),
    /** The language the customer answered in (on the customer screen). */
    language: localeSchema.optional(),
  }),
  /**
   * The customer's contact (name, phone, e-mail) and own words (a feedback comment) are erased from
   * the case: after the pack's retention period, or at the customer's request (a manager's). The
   * case and its figures stay; every device that stores the event scrubs the case's earlier payloads.
   */
  'customer.erased': z.object({ reason: z.enum(['retention', 'request']), managerId: z.string().min(1).max(64).optional() }),
  /**
   * Not about a case: a manager changed who may work at the desk. The event's caseId is the
   * person's id (their own stream, which no fold opens as a case). A PIN never goes in an event.
   */
  'staff.changed': z.object({
    change: z.enum(['added', 'updated', 'pin_reset', 'deactivated', 'reactivated']),
    before: staffRecordSchema.optional(),
    after: staffRecordSchema,
  }),
  /** Not about a case: a manager changed the store's details at this desk (caseId: the desk's own stream). */
  'store.details_changed': z.object({ before: storeDetailsRecordSchema, after: storeDetailsRecordSchema }),
} as const;

export type EventType = keyof typeof eventPayloads;
export type EventPayload<T extends EventType> = z.infer<(typeof eventPayloads)[T]>;
export const eventTypes = Object.keys(eventPayloads) as EventType[];

const envelope = {
  id: z.uuid(),
  deviceId: z.string().min(1).max(64),
  seq: z.number().int().min(1),
  caseId: z.uuid(),
  // The node is a device id (at most 64 characters, like deviceId): every desk of the store pulls it.
  at: z.string().regex(/^\d{15}:\d{6}:.{1,64}$/),
  actor: z.string().min(1).max(64),
};

export const deskEventSchema = z.discriminatedUnion(
  'type',
  eventTypes.map((type) => z.object({ ...envelope, type: z.literal(type), payload: eventPayloads[type] })) as unknown as [
    z.ZodObject<{ type: z.ZodLiteral<EventType> }>,
  ],
).superRefine((event, ctx) => {
  for (const path of unstorableTextPaths(event)) ctx.addIssue({ code: 'custom', path, message: 'text with NUL or half a character' });
  // Only the desk a case number names opens the case: its register number must be that desk's and year's too.
  const opening = event as unknown as DeskEvent;
  if (opening.type === 'complaint.opened' && opening.payload.registerNo && !registerNoFits(opening.payload.registerNo, opening.payload.caseNo)) {
    ctx.addIssue({ code: 'custom', path: ['payload', 'registerNo'], message: "not the case number's desk and year" });
  }
});

export type DeskEvent = { [T in EventType]: { id: string; deviceId: string; seq: number; caseId: string; at: string; actor: string; type: T; payload: EventPayload<T> } }[EventType];
export type DeskEventOf<T extends EventType> = Extract<DeskEvent, { type: T }>;
