import { ThermalPrinter, type PrinterTypes } from 'node-thermal-printer';
import iconv from 'iconv-lite';
import type { ReceiptDoc } from '../../../shared/printing/receipt-doc.js';
import { codePageFor } from '../../../shared/printing/code-pages.js';
import { CODE128_MODULE_DOTS, layoutLines } from '../../../shared/printing/layout-lines.js';
import type { PrinterSettings } from '../../../shared/printing/printer-settings.js';
import { rasterCommand, type LogoRaster } from './logo-raster.js';

// The bundled typings describe only Star's code128 options; Epson's take numbers (GS w / GS h / GS H).
type Code128Options = Parameters<ThermalPrinter['code128']>[1];
type QrOptions = Parameters<ThermalPrinter['printQR']>[1];

/** Select character code table: Epson `ESC t n`, Star `ESC GS t n`; n is the model's number for the page. */
const selectCodePage = (s: PrinterSettings, n: number) =>
  Buffer.from(s.type === 'epson' ? [0x1b, 0x74, n] : [0x1b, 0x1d, 0x74, n]);

/**
 * Star QR, written out because the library's Star printQR() leaves out the `ESC GS y D 1 0`
 * header before the data length, so the printer would print the length and data as text.
 * Model 2, correction M, 5-dot cells, then the data (ASCII) and print.
 */
function starQr(data: string): Buffer {
  const bytes = Buffer.from(data, 'ascii');
  const y = (...rest: number[]) => [0x1b, 0x1d, 0x79, ...rest];
  return Buffer.concat([
    Buffer.from([...y(0x53, 0x30, 2), ...y(0x53, 0x31, 1), ...y(0x53, 0x32, 5), ...y(0x44, 0x31, 0x00, bytes.length % 256, bytes.length >> 8)]),
    bytes,
    Buffer.from(y(0x50)),
  ]);
}

/** Full drawer kick, pin 2, 50 ms on / 500 ms off. The library's Epson kick omits t1/t2, which makes the printer swallow the next two bytes. */
const EPSON_DRAWER_KICK = Buffer.from([0x1b, 0x70, 0x00, 25, 250]);

/**
 * A print job as ESC/POS bytes, built with node-thermal-printer's command set for the model.
 *
 * Text is NOT passed through the library's print()/println(): its append() encodes character by
 * character and, for a character the active page lacks, silently switches to whichever page it
 * finds — with the library's fixed per-model numbers, which are wrong for many clones — and it
 * never re-selects the page after cut() (which ends with ESC @, resetting it). Instead the text is
 * normalised to the page, encoded here with iconv-lite, and appended as raw bytes via add(), and
 * the configured `ESC t n` is sent at the start and again after every cut.
 *
 * The store's logo, when given, heads every copy as a `GS v 0` raster (Epson and its clones). A Star
 * printer in its own command set gets no logo: its raster commands are not ESC/POS.
 */
export function escposJob(doc: ReceiptDoc, s: PrinterSettings, copies: number, logo: LogoRaster | null = null): Buffer {
  const printer = new ThermalPrinter({ type: s.type as PrinterTypes, interface: '', width: s.width });
  const cp = codePageFor(doc.locale);
  const select = selectCodePage(s, s.codePages[cp]);
  const lines = layoutLines(doc, s.width);
  printer.add(Buffer.from([0x1b, 0x40])); // ESC @: start from the printer's defaults
  printer.add(select);
  if (doc.openDrawer && s.cashDrawer) {
    if (s.type === 'epson') printer.add(EPSON_DRAWER_KICK);
    else printer.openCashDrawer(); // Star: its own complete kick command.
  }
  for (let copy = 0; copy < copies; copy++) {
    if (logo && s.type === 'epson') printer.add(rasterCommand(logo));
    let bold = false;
    let tall = false;
    for (const line of lines) {
      if (line.kind !== 'text') {
        printer.alignCenter();
        if (line.kind === 'code128') {
          // Star's SMALL is its mode 1: 2-dot modules, the same as the Epson GS w.
          const epson = { width: CODE128_MODULE_DOTS, height: 80, hriPos: 0 };
          printer.code128(line.data, (s.type === 'epson' ? epson : { text: 1, width: 'SMALL', height: 80 }) as Code128Options);
        } else if (s.type === 'epson') {
          printer.printQR(line.data, { cellSize: 5, correction: 'M', model: 2 } as QrOptions);
        } else {
          printer.add(starQr(line.data));
        }
        printer.newLine();
        printer.alignLeft();
        continue;
      }
      if (line.tall !== tall) {
        tall = line.tall;
        if (tall) printer.setTextDoubleHeight();
        else printer.setTextNormal();
      }
      if (line.bold !== bold) printer.bold((bold = line.bold));
      printer.add(iconv.encode(line.text, cp));
      printer.newLine();
    }
    if (tall) printer.setTextNormal();
    if (bold) printer.bold(false);
    printer.cut(); // ends with ESC @: the code page is back to the default ...
    printer.add(select); // ... so select it again for whatever comes next.
  }
  return printer.getBuffer();
}
