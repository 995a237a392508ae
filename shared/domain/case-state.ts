import type { Approval, ComplaintKind, Customer, Purchase, Refund, Remedy, ReturnLine, SaleLine, RefundMethod } from './events.js';
import type { Money } from './money.js';
import type { Country, Locale } from './jurisdiction.js';
import type { HandedDocument } from '../law/documents.js';

export type CaseType = 'complaint' | 'return' | 'exchange';
export type ComplaintStatus = 'received' | 'in_progress' | 'resolved' | 'closed';
export type DocumentStatus = 'recorded' | 'voided';
export type CaseStatus = ComplaintStatus | DocumentStatus;

export type Note = { at: string; actor: string; text: string };

export type ComplaintDetails = {
  kind: ComplaintKind;
  remedy: Remedy;
  description: string;
  product?: { name: string; sku?: string; serial?: string; price?: Money };
  purchase?: Purchase;
  dueDate?: string;
  guaranteeEnds?: string;
  /** Its number in the BG complaints register, when it entered one (see `registerNoOf`). */
  registerNo?: string;
  sentTo?: 'service' | 'supplier';
  resolution?: { outcome: 'accepted' | 'partly' | 'rejected'; method?: Remedy; reason?: string; at: string; actor: string };
  closed?: { how: 'customer_informed' | 'item_handed_back'; at: string; actor: string };
};

export type ReturnDetails = { purchase: Purchase; lines: ReturnLine[]; refund: Refund; approval?: Approval };

export type ExchangeDetails = {
  purchase: Purchase;
  returned: ReturnLine[];
  issued: SaleLine[];
  difference: Money;
  settlement: RefundMethod;
  approval?: Approval;
};

/** The state of one case: always a fold of its events, never edited in place. */
export type CaseState = {
  id: string;
  caseNo: string;
  type: CaseType;
  country: Country;
  status: CaseStatus;
  /** HLC of the opening event and of the latest event. */
  openedAt: string;
  updatedAt: string;
  openedBy: string;
  /** Store and desk come from the case number: PRG01-A-2026-00042. */
  storeCode: string;
  deskCode: string;
  /** The law version it was filed under (events from before versions fold to the one in force on their day). */
  lawVersion: string;
  customer?: Customer;
  complaint?: ComplaintDetails;
  return?: ReturnDetails;
  exchange?: ExchangeDetails;
  voided?: { reason: string; managerId: string; at: string; actor: string };
  /** Head office found this case's sale refunded beyond its bounds (see `case.flagged`); settled by a manager. */
  conflict?: { saleId: string; receiptNo: string; over: string[]; cases: string[]; at: string; settled?: { note: string; managerId: string; at: string; actor: string } };
  /** The documents the law requires, as handed to the customer (printed) or declined by them. */
  handed?: Partial<Record<HandedDocument, { how: 'printed' | 'declined'; at: string; actor: string }>>;
  feedback?: { score: number; solved: 'yes' | 'partly' | 'no'; comment?: string; language?: Locale; at: string };
  /** The customer's contact was erased (`customer.erased`): the case keeps no name, phone, e-mail or comment. */
  erased?: { reason: 'retention' | 'request'; at: string };
  notes: Note[];
  eventCount: number;
};
