import iconv from 'iconv-lite';

export type Decoded = {
  /** The text of each document in the job, split at the cuts, as `renderText` would print it. */
  documents: string[];
  /** Every code-page number selected, in order. */
  selected: number[];
  drawerKicks: number[][];
  /** Every Code128 printed, with its narrowest bar in dots (Epson GS w, Star ESC b mode). */
  code128: { data: string; moduleDots: number }[];
  /** True when the job ends with a cut followed by a fresh code-page selection. */
  endsReselected: boolean;
  /** Every `GS v 0` raster image, with the document it is in (its index in `documents`) and its dots, 1 = black. */
  rasters: { document: number; width: number; height: number; bits: Buffer }[];
};

/**
 * Reads an ESC/POS (Epson) or Star job back into text, decoding every text byte in the code page
 * selected at that point, as the printer would. Text printed after a reset (ESC @) without a new
 * selection is an error: that is exactly how mojibake happens.
 */
export function decodeJob(bytes: Buffer, type: 'epson' | 'star', pages: Record<number, string>): Decoded {
  const documents: string[] = [];
  const selected: number[] = [];
  const drawerKicks: number[][] = [];
  const code128: Decoded['code128'] = [];
  const rasters: Decoded['rasters'] = [];
  let moduleDots = 3; // Epson's default GS w
  let lines: string[] = [];
  let line: number[] = [];
  let page: string | null = null;
  let lastCut = -1;
  let lastSelect = -1;
  let qrData = '';
  let i = 0;
  const b = (k: number) => bytes[i + k]!;
  const flushLine = () => {
    if (line.some((x) => x >= 0x80) && !page) throw new Error(`text at byte ${i} printed without a code page selected`);
    lines.push(page ? iconv.decode(Buffer.from(line), page) : Buffer.from(line).toString('latin1'));
    line = [];
  };
  const label = (s: string) => (line = [...Buffer.from(s, 'latin1')]);
  const select = (n: number) => {
    if (!(n in pages)) throw new Error(`unknown code page ${n}`);
    page = pages[n]!;
    selected.push(n);
    lastSelect = i;
  };
  const barcode = (data: string, dots: number) => {
    code128.push({ data, moduleDots: dots });
    label(`[CODE128 ${data}]`);
  };
  const cut = () => {
    documents.push(lines.join('\n') + '\n');
    lines = [];
    lastCut = i;
  };
  while (i < bytes.length) {
    const c = b(0);
    if (c === 0x0a) { flushLine(); i += 1; continue; }
    if (c === 0x0b) { i += 1; continue; } // Star vertical tab (feed)
    if (c === 0x1b && type === 'star' && b(1) === 0x1d) {
      const cmd = b(2);
      if (cmd === 0x74) { i += 3; select(b(0)); i += 1; continue; }
      if (cmd === 0x61) { i += 4; continue; }
      if (cmd === 0x79) {
        const sub = b(3);
        if (sub === 0x53) { i += 6; continue; }
        if (sub === 0x44) {
          const n = b(6) + b(7) * 256;
          qrData = bytes.subarray(i + 8, i + 8 + n).toString('latin1');
          i += 8 + n;
          continue;
        }
        if (sub === 0x50) { label(`[QR ${qrData}]`); i += 4; continue; }
      }
      throw new Error(`unknown Star command at ${i}: ${bytes.subarray(i, i + 4).toString('hex')}`);
    }
    if (c === 0x1b) {
      const cmd = b(1);
      if (cmd === 0x40) { page = null; moduleDots = 3; i += 2; continue; }
      if (cmd === 0x74 && type === 'epson') { i += 2; select(b(0)); i += 1; continue; }
      if (type === 'star') {
        if (cmd === 0x45 || cmd === 0x46) { i += 2; continue; }
        if (cmd === 0x69) { i += 4; continue; }
        if (cmd === 0x64) { i += 3; cut(); continue; }
        if (cmd === 0x07) { drawerKicks.push([...bytes.subarray(i, i + 5)]); i += 5; continue; }
        if (cmd === 0x62) {
          const end = bytes.indexOf(0x1e, i);
          // n3 '1'..'3' is mode 1..3: 2, 3 or 4 dots.
          barcode(bytes.subarray(i + 6, end).toString('latin1'), b(4) - 0x30 + 1);
          i = end + 1;
          continue;
        }
      } else {
        if ([0x45, 0x61, 0x21, 0x64, 0x4d, 0x2d].includes(cmd)) { i += 3; continue; }
        if (cmd === 0x70) { drawerKicks.push([...bytes.subarray(i, i + 5)]); i += 5; continue; }
      }
      throw new Error(`unknown ESC command at ${i}: ${bytes.subarray(i, i + 4).toString('hex')}`);
    }
    if (c === 0x1d && type === 'epson') {
      const cmd = b(1);
      if (cmd === 0x56) { i += 3; cut(); continue; }
      if (cmd === 0x76 && b(2) === 0x30) {
        // GS v 0 m xL xH yL yH, then (xL + xH * 256) * (yL + yH * 256) bytes of dots.
        const rowBytes = b(4) + b(5) * 256;
        const height = b(6) + b(7) * 256;
        if (line.length) throw new Error(`raster at byte ${i} in the middle of a line of text`);
        if (i + 8 + rowBytes * height > bytes.length) throw new Error(`raster at byte ${i} cut short`);
        rasters.push({ document: documents.length, width: rowBytes * 8, height, bits: bytes.subarray(i + 8, i + 8 + rowBytes * height) });
        i += 8 + rowBytes * height;
        continue;
      }
      if (cmd === 0x77) { moduleDots = b(2); i += 3; continue; }
      if ([0x48, 0x66, 0x68, 0x21].includes(cmd)) { i += 3; continue; }
      if (cmd === 0x6b) {
        const n = b(3);
        const data = bytes.subarray(i + 4, i + 4 + n).toString('latin1');
        barcode(data.replace(/^\{B/, ''), moduleDots);
        i += 4 + n;
        continue;
      }
      if (cmd === 0x28 && b(2) === 0x6b) {
        const len = b(3) + b(4) * 256;
        const fn = b(6);
        if (fn === 0x50) qrData = bytes.subarray(i + 8, i + 5 + len).toString('latin1');
        if (fn === 0x51) label(`[QR ${qrData}]`);
        i += 5 + len;
        continue;
      }
      throw new Error(`unknown GS command at ${i}: ${bytes.subarray(i, i + 4).toString('hex')}`);
    }
    line.push(c);
    i += 1;
  }
  if (line.length) flushLine();
  return { documents, selected, drawerKicks, code128, rasters, endsReselected: lastCut >= 0 && lastSelect > lastCut && lines.length === 0 };
}
