import type { Block, PrintLine, ReceiptDoc } from './receipt-doc.js';
import { codePageFor, normaliseFor } from './code-pages.js';

/** Characters per line: 58 mm paper takes 32 (font A) or 35, 80 mm takes 42 or 48. */
export const lineWidths = [32, 35, 42, 48] as const;
export type LineWidth = (typeof lineWidths)[number];

/** Printable dots across the paper at 203 dpi: 58 mm paper (32 or 35 columns) has 384, 80 mm has 576. */
export const printableDots = (width: number) => (width <= 35 ? 384 : 576);
export const printableDotWidths = [384, 576] as const;

/** The narrowest Code128 bar, in dots: many 58 mm printers take only 2 to 6, and 1-dot bars scan badly. */
export const CODE128_MODULE_DOTS = 2;

/**
 * A Code128 in code set B (what the printers are sent) in modules: start, one symbol per
 * character and the check symbol at 11 modules each, and the stop at 13. The quiet zone (10
 * modules a side) lies in the paper's unprinted margins: 58 and 80 mm rolls leave at least 4 mm
 * (32 dots) a side outside the printable width.
 */
export const code128Modules = (data: string) => 11 * (data.length + 2) + 13;

/** Splits text into lines of at most `width`, at spaces where it can, mid-word where it must. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    // A leading indent (item details under an item) is kept on every wrapped line.
    const indent = /^ */.exec(paragraph)![0].slice(0, Math.floor(width / 4));
    const room = width - indent.length;
    let line = '';
    for (const word of paragraph.split(' ').filter(Boolean)) {
      let w = word;
      if (line && line.length + 1 + w.length <= room) {
        line += ` ${w}`;
        continue;
      }
      if (line) lines.push(indent + line);
      while (w.length > room) {
        lines.push(indent + w.slice(0, room));
        w = w.slice(room);
      }
      line = w;
    }
    lines.push(line ? indent + line : '');
  }
  return lines;
}

function aligned(text: string, width: number, align: 'left' | 'center' | 'right') {
  const free = width - text.length;
  if (align === 'right') return ' '.repeat(free) + text;
  if (align === 'center') return ' '.repeat(Math.floor(free / 2)) + text;
  return text;
}

function fit(block: Block, width: number, norm: (s: string) => string): PrintLine[] {
  const text = (t: string, bold = false, tall = false): PrintLine => ({ kind: 'text', text: t.trimEnd(), bold, tall });
  switch (block.kind) {
    case 'text':
      return wrap(norm(block.text), width).map((l) => text(aligned(l, width, block.align ?? 'left'), block.bold, block.tall));
    case 'pair': {
      const left = norm(block.left);
      const right = norm(block.right);
      if (left.length + 1 + right.length <= width) return [text(left + ' '.repeat(width - left.length - right.length) + right, block.bold)];
      // Too long for one line: the label wraps, the value goes right-aligned below it.
      return [...wrap(left, width).map((l) => text(l, block.bold)), ...wrap(right, width).map((l) => text(aligned(l, width, 'right'), block.bold))];
    }
    case 'rule':
      return [text((block.char ?? '-').repeat(width))];
    case 'blank':
      return [text('')];
    case 'code128':
      // Too wide for the paper: left out (the QR code below it carries the same reference).
      return code128Modules(block.data) * CODE128_MODULE_DOTS <= printableDots(width) ? [{ kind: 'code128', data: block.data }] : [];
    case 'qr':
      return [{ kind: 'qr', data: block.data }];
  }
}

/**
 * A document fitted to a paper width, in the characters its code page can print. Every renderer
 * (ESC/POS, plain text, HTML preview) prints these lines, so their line breaks are identical.
 */
export function layoutLines(doc: ReceiptDoc, width: number): PrintLine[] {
  const cp = codePageFor(doc.locale);
  const norm = (s: string) => s.split('\n').map((p) => normaliseFor(p, cp)).join('\n');
  return doc.blocks.flatMap((b) => fit(b, width, norm));
}
