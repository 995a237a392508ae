import type { CaseState } from '../../../shared/domain/case-state.js';
import type { DeskEvent } from '../../../shared/domain/events.js';
import type { Locale } from '../../../shared/domain/jurisdiction.js';
import type { DocKind, ReceiptDoc } from '../../../shared/printing/receipt-doc.js';
import { DeskError } from '../../../shared/result.js';
import type { StoreInfo } from './layouts/receipt-format.js';
import { complaintConfirmation } from './layouts/complaint-confirmation.js';
import { complaintResolution } from './layouts/complaint-resolution.js';
import { returnReceipt } from './layouts/return-receipt.js';
import { exchangeReceipt } from './layouts/exchange-receipt.js';

export type CaseDocKind = Extract<DocKind, 'complaint_confirmation' | 'complaint_resolution' | 'return' | 'exchange'>;
type CaseLayout = (c: CaseState, store: StoreInfo, locale: Locale) => ReceiptDoc;

const layouts: Record<CaseDocKind, CaseLayout> = {
  complaint_confirmation: complaintConfirmation,
  complaint_resolution: complaintResolution,
  return: returnReceipt,
  exchange: exchangeReceipt,
};

/** The document each event hands to the customer; other events print nothing. */
const printedOn: Partial<Record<DeskEvent['type'], CaseDocKind>> = {
  'complaint.opened': 'complaint_confirmation',
  'complaint.resolved': 'complaint_resolution',
  'return.recorded': 'return',
  'exchange.recorded': 'exchange',
};

export const docsForEvents = (events: readonly DeskEvent[]): CaseDocKind[] =>
  events.flatMap((e) => (printedOn[e.type] ? [printedOn[e.type]!] : []));

/** The documents a case has so far (what can be previewed or reprinted). */
export function docsOfCase(c: CaseState): CaseDocKind[] {
  if (c.type === 'return') return ['return'];
  if (c.type === 'exchange') return ['exchange'];
  return c.complaint?.resolution ? ['complaint_confirmation', 'complaint_resolution'] : ['complaint_confirmation'];
}

export function caseDocument(kind: CaseDocKind, c: CaseState, store: StoreInfo, locale: Locale): ReceiptDoc {
  if (!docsOfCase(c).includes(kind)) throw new DeskError('not_found');
  return layouts[kind](c, store, locale);
}
