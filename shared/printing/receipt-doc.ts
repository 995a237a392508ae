import type { Locale } from '../domain/jurisdiction.js';

/** The documents the desk prints. */
export const docKinds = ['complaint_confirmation', 'complaint_resolution', 'return', 'exchange', 'end_of_day', 'test_page'] as const;
export type DocKind = (typeof docKinds)[number];

export type Align = 'left' | 'center' | 'right';

/** One block of a receipt, before it is fitted to a paper width. */
export type Block =
  | { kind: 'text'; text: string; align?: Align; bold?: boolean; tall?: boolean }
  /** Label on the left, value on the right (the value wraps to its own line when both do not fit). */
  | { kind: 'pair'; left: string; right: string; bold?: boolean }
  | { kind: 'rule'; char?: '-' | '=' }
  | { kind: 'blank' }
  /** Payloads are ASCII only: scanners and printers agree on nothing else. */
  | { kind: 'code128'; data: string }
  | { kind: 'qr'; data: string };

/** What a layout produces: printer-independent, serialisable (kept in the print queue as JSON). */
export type ReceiptDoc = {
  kind: DocKind;
  locale: Locale;
  /** The case number or, for documents without a case, their own reference (EOD-…, TEST-…). */
  reference: string;
  blocks: Block[];
  /** Kick the cash drawer: cash refunds only. */
  openDrawer: boolean;
};

/** A block fitted to a width: exactly what one printed line (or one code) is. */
export type PrintLine =
  | { kind: 'text'; text: string; bold: boolean; tall: boolean }
  | { kind: 'code128' | 'qr'; data: string };
