// The store's logo on paper: printed by a fake network printer and read back byte by byte, the
// raster's dots counted and the text after it decoded in the code page the job selected.
process.env.TZ = 'UTC';
import { createHash } from 'node:crypto';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ok } from '../../../helpers/desk.js';
import { BLACK, jpegImage, pngImage, WHITE, type Rgba } from '../../../helpers/logo-images.js';
import { decodeLogo, LogoCache, logoRaster, prepareLogo } from '../../../../main/core/printing/logo-raster.js';
import { decodeJob, type Decoded } from './escpos-decode.js';
import { printerDesk, receiptFixture } from './receipt-scenarios.js';

type Raster = { width: number; height: number; bits: Buffer };
const dot = (r: Raster, x: number, y: number) => (r.bits[y * (r.width / 8) + (x >> 3)]! & (0x80 >> (x & 7))) !== 0;
const blackDots = (r: Raster) => [...r.bits].reduce((n, byte) => n + byte.toString(2).replace(/0/g, '').length, 0);
const shape = (d: Decoded) => d.rasters.map((r) => [r.document, r.width, r.height]);

/** 200 × 100: a black box inside a 20-pixel white frame. At 80 mm it prints 320 × 160 (the height limit), centred. */
const framedBox = pngImage(200, 100, (x, y) => (x >= 20 && x < 180 && y >= 20 && y < 80 ? BLACK : WHITE));
/** The box's dots at 1.6 dots a pixel: 256 × 96. */
const FRAMED_BOX_DOTS = 256 * 96;
/** 400 × 50, all black, as a JPEG: 576 × 72 at 80 mm, 384 × 48 at 58 mm. */
const banner = jpegImage(400, 50, () => BLACK);

const upload = (d: Awaited<ReturnType<typeof printerDesk>>['d'], bytes: Buffer | null) =>
  d.asManager(async () => ok(await d.client.saveStoreLogo({ base64: bytes && bytes.toString('base64') })));

describe('the store logo on receipts', () => {
  it.each([
    ['cs', { 45: 'win1250' }],
    ['uk', { 46: 'win1251' }],
  ] as const)('heads a %s receipt as a GS v 0 raster 576 dots wide, and the text after it reads exactly as without it', async (locale, pages) => {
    const { d, nextJob } = await printerDesk(locale);
    await upload(d, framedBox);
    await d.openComplaint();
    const job = decodeJob(await nextJob(1), 'epson', pages);
    expect(shape(job)).toEqual([[0, 576, 160]]);
    const r = job.rasters[0]!;
    // Centred: 128 white dots either side of the 320-dot logo, whose frame is 32 dots wide.
    expect(blackDots(r)).toBe(FRAMED_BOX_DOTS);
    expect([dot(r, 288, 80), dot(r, 160, 32), dot(r, 415, 127)]).toEqual([true, true, true]);
    expect([dot(r, 159, 80), dot(r, 416, 80), dot(r, 288, 31), dot(r, 288, 128), dot(r, 10, 80)]).toEqual([false, false, false, false, false]);
    expect(job.documents).toEqual([receiptFixture(locale, 48, 'complaint_confirmation')]);
  });

  it('58 mm paper gets it 384 dots wide, at the top of every copy', async () => {
    const { d, nextJob } = await printerDesk('bg', { width: 32, copies: 2 });
    await upload(d, banner);
    await d.openComplaint();
    const job = decodeJob(await nextJob(1), 'epson', { 46: 'win1251' });
    expect(shape(job)).toEqual([[0, 384, 48], [1, 384, 48]]);
    expect(blackDots(job.rasters[0]!)).toBe(384 * 48);
    expect(job.documents).toEqual([receiptFixture('bg', 32, 'complaint_confirmation'), receiptFixture('bg', 32, 'complaint_confirmation')]);
  });

  it('no logo, no raster; a changed logo prints the new one, also on a job queued before the change; a removed one, none', async () => {
    const { d, printer, nextJob } = await printerDesk('ru');
    const raster = async (n: number) => shape(decodeJob(await nextJob(n), 'epson', { 46: 'win1251' }));
    await d.openComplaint();
    expect(await raster(1)).toEqual([]);
    await upload(d, framedBox);
    expect(ok(await d.client.testPrint({})).printed).toBe(true);
    expect(await raster(2)).toEqual([[0, 576, 160]]);
    // The printer goes down with a receipt waiting; the logo changes before it is back.
    await printer.setMode('down');
    await d.openComplaint();
    await upload(d, banner);
    await printer.setMode('ok');
    expect(await raster(3)).toEqual([[0, 576, 72]]);
    await upload(d, null);
    await d.openComplaint();
    expect(await raster(4)).toEqual([]);
  });

  it('a Star printer prints the receipt without it (its raster commands are not ESC/POS), the text intact', async () => {
    const { d, nextJob } = await printerDesk('cs', { type: 'star', codePages: { win1251: 34, win1250: 33, ascii: 1 } });
    await upload(d, framedBox);
    await d.openComplaint();
    const bytes = await nextJob(1);
    expect(bytes.includes(Buffer.from([0x1d, 0x76, 0x30]))).toBe(false);
    expect(decodeJob(bytes, 'star', { 33: 'win1250' }).documents).toEqual([receiptFixture('cs', 48, 'complaint_confirmation')]);
  });

  it('the on-screen preview shows the dots the paper gets, above the first line; without a logo, no image', async () => {
    const { d } = await printerDesk('en');
    const c = await d.openComplaint();
    const preview = async () => ok(await d.client.previewDocuments({ caseId: c.id }))[0]!.html;
    expect(await preview()).not.toContain('<img');
    await upload(d, framedBox);
    const html = await preview();
    const src = /^<div class="receipt receipt-w48"><img class="receipt-logo" src="data:image\/png;base64,([A-Za-z0-9+/=]+)" alt=""><div class="receipt-line/.exec(html)?.[1];
    const shown = PNG.sync.read(Buffer.from(src!, 'base64'));
    expect([shown.width, shown.height]).toEqual([576, 160]);
    let black = 0;
    for (let i = 0; i < shown.data.length; i += 4) black += shown.data[i] === 0 ? 1 : 0;
    expect(black).toBe(FRAMED_BOX_DOTS);
  });
});

describe('turning a picture into dots', () => {
  const grey = (level: number): Rgba => [level, level, level, 255];

  it('a mid grey is dithered into about half black dots, where a plain threshold would print all or nothing', () => {
    for (const level of [100, 128, 160]) {
      const r = logoRaster(decodeLogo(pngImage(100, 100, () => grey(level))), 576);
      // 160 × 160 in the middle of the row: the margins stay white.
      const share = blackDots(r) / (160 * 160);
      expect(share).toBeGreaterThan(1 - level / 255 - 0.03);
      expect(share).toBeLessThan(1 - level / 255 + 0.03);
    }
  });

  it('transparent parts are paper: a black logo on a transparent ground prints only the logo', () => {
    const r = logoRaster(decodeLogo(pngImage(100, 100, (x) => (x < 50 ? BLACK : [0, 0, 0, 0]))), 576);
    expect(blackDots(r)).toBe(80 * 160);
  });

  it('a thin line survives shrinking (as grey dots), where sampling every other pixel would lose it', () => {
    // 1000 × 100 with a one-pixel vertical line at x = 501 (odd): shrunk to 576 × 58.
    const r = logoRaster(decodeLogo(pngImage(1000, 100, (x) => (x === 501 ? BLACK : WHITE))), 576);
    expect(r.height).toBe(58);
    expect(blackDots(r)).toBeGreaterThan(0);
  });

  it('the largest picture taken, 2048 pixels a side, is read (a JPEG that size needs about 80 MB to decode)', () => {
    expect(logoRaster(decodeLogo(jpegImage(2048, 2048, () => BLACK)), 576)).toMatchObject({ width: 576, height: 160 });
  });

  it('a picture declaring more than 2048 pixels a side is refused from its header, before its pixels are read', () => {
    const png = pngImage(10, 10, () => WHITE);
    png.writeUInt32BE(50_000, 16); // IHDR width (its checksum is now wrong too, which reading the pixels would report instead)
    expect(() => decodeLogo(png)).toThrow('logo too large');
  });
});

describe('decoded once per logo', () => {
  /** A logo no other test uses: the decoded logo is kept by its hash for the whole process. */
  const unique = (n: number) => pngImage(200, 100, (x, y) => (x === n && y === 0 ? BLACK : x >= 20 && x < 180 && y >= 20 && y < 80 ? BLACK : WHITE));
  const hash = (b: Buffer) => createHash('sha256').update(b).digest('hex');

  it('prints, previews and both paper widths read the file once; a new logo (another SHA-256) is read again', () => {
    let current = unique(1);
    let reads = 0;
    const cache = new LogoCache(() => hash(current), () => (reads++, current), (e) => { throw e; });
    for (let i = 0; i < 5; i++) expect(cache.raster(576)).toMatchObject({ width: 576, height: 160 });
    expect(cache.raster(384)).toMatchObject({ width: 384, height: 160 });
    expect(cache.dataUrl(576)).toMatch(/^data:image\/png;base64,/);
    expect(reads).toBe(1);
    current = jpegImage(400, 50, (x) => (x === 7 ? WHITE : BLACK));
    expect(cache.raster(576)).toMatchObject({ width: 576, height: 72 });
    expect(cache.raster(576)).toMatchObject({ width: 576, height: 72 });
    expect(reads).toBe(2);
  });

  it('a logo made ready at upload is printed without reading or decoding it again', () => {
    const logo = unique(2);
    prepareLogo(hash(logo), logo);
    let reads = 0;
    const cache = new LogoCache(() => hash(logo), () => (reads++, logo), (e) => { throw e; });
    expect(cache.raster(576)).toMatchObject({ width: 576, height: 160 });
    expect(reads).toBe(0);
  });

  it('a logo file that cannot be read prints nothing, is reported once, and is not read again until it changes', () => {
    const errors: unknown[] = [];
    let reads = 0;
    const cache = new LogoCache(() => 'a'.repeat(64), () => (reads++, Buffer.from('not a picture')), (e) => errors.push(e));
    expect([cache.raster(576), cache.raster(576), cache.dataUrl(384)]).toEqual([null, null, null]);
    expect([reads, errors.length]).toEqual([1, 1]);
  });
});
