import type { PrintLine } from './receipt-doc.js';
import { codeLabel } from './render-text.js';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The on-screen preview: one element per printed line, in a monospace box `width` characters
 * wide (printing.css has a class per paper width), so it breaks exactly where the paper does. Everything is escaped: the text comes from
 * customers and staff. The store's logo, when there is one, heads it as the printer's dots (a `data:`
 * PNG made by the core, as wide as the paper).
 */
export function renderHtml(lines: readonly PrintLine[], width: number, logoDataUrl: string | null = null): string {
  const body = lines
    .map((l) => {
      if (l.kind !== 'text') return `<div class="receipt-code receipt-${l.kind}">${escapeHtml(codeLabel(l))}</div>`;
      const cls = ['receipt-line', l.bold ? 'receipt-bold' : '', l.tall ? 'receipt-tall' : ''].filter(Boolean).join(' ');
      return `<div class="${cls}">${escapeHtml(l.text) || '&nbsp;'}</div>`;
    })
    .join('');
  // Classes, not a style attribute: the app's CSP allows no inline styles.
  const logo = logoDataUrl ? `<img class="receipt-logo" src="${escapeHtml(logoDataUrl)}" alt="">` : '';
  return `<div class="receipt receipt-w${width}">${logo}${body}</div>`;
}
