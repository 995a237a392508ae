import PDFDocument from 'pdfkit';
import type { RegisterTable } from './register.js';

/** Shares of the page's width per column (number, date, consumer, goods, defect, remedy, outcome, its date). */
const widths = [0.12, 0.085, 0.14, 0.13, 0.22, 0.09, 0.14, 0.075];
const margin = 36;
const fontSize = 8;
const pad = 3;

/** Bytes without Node's Buffer: this layout runs wherever shared/ does. */
function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * The register on A4 landscape as a PDF, in a font the caller supplies (a TTF with Cyrillic; each
 * side reads it from its own disk). Headers repeat on every page; pages are numbered "n / total".
 */
export function registerPdf(table: RegisterTable, font: Uint8Array, footer: (page: number, pages: number) => string): Promise<Uint8Array> {
  // The font is given up front: pdfkit's default (Helvetica) would be read from its own folder, which a bundle lacks.
  const doc = new PDFDocument({ size: 'A4', layout: 'landscape', margin, bufferPages: true, font: font as unknown as string, info: { Title: table.title } });
  const chunks: Uint8Array[] = [];
  doc.on('data', (c: Uint8Array) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on('end', () => resolve(concat(chunks)));
    doc.on('error', reject);
  });

  const usable = doc.page.width - 2 * margin;
  const cols = widths.map((w) => w * usable);
  const bottom = () => doc.page.height - margin - 16;
  const rowHeight = (cells: string[]) => Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: cols[i]! - 2 * pad }))) + 2 * pad;
  const drawRow = (cells: string[], shade: boolean) => {
    const y = doc.y;
    const h = rowHeight(cells);
    let x = margin;
    if (shade) doc.rect(margin, y, usable, h).fill('#e8e8e8').fillColor('black');
    cells.forEach((c, i) => {
      doc.rect(x, y, cols[i]!, h).lineWidth(0.5).stroke();
      doc.text(c, x + pad, y + pad, { width: cols[i]! - 2 * pad });
      x += cols[i]!;
    });
    doc.x = margin;
    doc.y = y + h;
  };

  doc.fontSize(13).text(table.title, { align: 'center' });
  doc.fontSize(fontSize).text(table.citation, { align: 'center' }).moveDown();
  drawRow(table.columns, true);
  for (const row of table.rows) {
    if (doc.y + rowHeight(row) > bottom()) {
      doc.addPage();
      drawRow(table.columns, true);
    }
    drawRow(row, false);
  }

  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    doc.text(footer(i + 1, count), margin, doc.page.height - margin - 12, { width: usable, align: 'right', lineBreak: false });
  }
  doc.end();
  return done;
}
