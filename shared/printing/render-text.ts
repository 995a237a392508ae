import type { PrintLine } from './receipt-doc.js';

/** How a code shows in text: the payload, so tests and the preview can see what will be scanned. */
export const codeLabel = (l: { kind: 'code128' | 'qr'; data: string }) => `[${l.kind === 'qr' ? 'QR' : 'CODE128'} ${l.data}]`;

/** Plain text of a fitted document: one line per printed line, codes as their labels. */
export const renderText = (lines: readonly PrintLine[]): string =>
  lines.map((l) => (l.kind === 'text' ? l.text : codeLabel(l))).join('\n') + '\n';
