import type { ReceiptDoc } from './receipt-doc.js';

/**
 * The same document marked at the top as one copy of two ("CUSTOMER COPY", "STORE COPY"), so the
 * paper says whose it is. Only the store's copy may open the cash drawer: it opens once per case.
 */
export function markedCopy(doc: ReceiptDoc, mark: string, openDrawer: boolean): ReceiptDoc {
  return { ...doc, openDrawer: doc.openDrawer && openDrawer, blocks: [{ kind: 'text', text: mark, align: 'center', bold: true }, { kind: 'rule', char: '=' }, ...doc.blocks] };
}
