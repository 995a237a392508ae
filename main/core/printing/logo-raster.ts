import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { printableDotWidths } from '../../../shared/printing/layout-lines.js';

/**
 * The widest or tallest logo read (pixels a side): a 256 KB file can declare a picture of gigabytes,
 * and the paper takes at most 576 × 160 dots. Decoding 2048 × 2048 takes about a second.
 */
export const LOGO_MAX_SIDE = 2048;
/** How tall the logo prints at most: 20 mm at 203 dpi, so a tall picture does not waste the roll. */
export const LOGO_MAX_HEIGHT_DOTS = 160;

/** A logo as the paper gets it: one bit per dot (1 = black), rows of `width / 8` bytes, leftmost dot in the top bit. */
export type LogoRaster = { width: number; height: number; bits: Buffer };
/** A decoded picture as grey levels, 0 black to 255 white, row by row. */
type Grey = { width: number; height: number; grey: Float32Array };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * A PNG or JPEG as grey levels, transparent parts as white paper. Throws on anything it cannot read
 * or larger than `LOGO_MAX_SIDE` a side; the size is checked before the pixels are decoded.
 */
export function decodeLogo(bytes: Buffer): Grey {
  let image: { width: number; height: number; data: Uint8Array };
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    // IHDR is always the first chunk: its width and height come right after its name.
    if (bytes.toString('latin1', 12, 16) !== 'IHDR') throw new Error('PNG without a header');
    if (bytes.readUInt32BE(16) > LOGO_MAX_SIDE || bytes.readUInt32BE(20) > LOGO_MAX_SIDE) throw new Error('logo too large');
    image = PNG.sync.read(bytes);
  } else {
    image = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP: (LOGO_MAX_SIDE * LOGO_MAX_SIDE) / 1e6, maxMemoryUsageInMB: 512 });
    if (image.width > LOGO_MAX_SIDE || image.height > LOGO_MAX_SIDE) throw new Error('logo too large');
  }
  const { width, height, data } = image;
  if (!width || !height) throw new Error('empty logo');
  const grey = new Float32Array(width * height);
  for (let i = 0; i < grey.length; i++) {
    const a = data[i * 4 + 3]! / 255;
    const luma = 0.2126 * data[i * 4]! + 0.7152 * data[i * 4 + 1]! + 0.0722 * data[i * 4 + 2]!;
    grey[i] = luma * a + 255 * (1 - a);
  }
  return { width, height, grey };
}

/**
 * Resamples one axis by area: each new pixel is the average of the old pixels it covers, in part
 * where it covers part of one (so shrinking keeps thin lines as grey instead of dropping them).
 */
function resampleAxis(src: Float32Array, count: number, length: number, stride: number, step: number, newLength: number): Float32Array {
  const out = new Float32Array(count * newLength);
  const scale = length / newLength;
  for (let n = 0; n < newLength; n++) {
    const from = n * scale;
    const to = from + scale;
    for (let c = 0; c < count; c++) {
      let sum = 0;
      for (let p = Math.floor(from); p < Math.min(length, Math.ceil(to)); p++) sum += src[c * step + p * stride]! * (Math.min(to, p + 1) - Math.max(from, p));
      out[c * newLength + n] = sum / scale;
    }
  }
  return out;
}

/**
 * The logo for paper `dots` wide: scaled to fit the width and `LOGO_MAX_HEIGHT_DOTS`, centred on a
 * full-width row (so it is centred on every printer, whatever it does with alignment), then made
 * black and white by Floyd–Steinberg error diffusion, which keeps greys and anti-aliased edges as
 * dot patterns where a plain threshold would drop them.
 */
export function logoRaster(image: Grey, dots: number): LogoRaster {
  const scale = Math.min(dots / image.width, LOGO_MAX_HEIGHT_DOTS / image.height);
  const w = Math.max(1, Math.min(dots, Math.round(image.width * scale)));
  const h = Math.max(1, Math.min(LOGO_MAX_HEIGHT_DOTS, Math.round(image.height * scale)));
  // Rows first (width), then columns (height): the result is h rows of w.
  const narrow = resampleAxis(image.grey, image.height, image.width, 1, image.width, w);
  const scaledT = resampleAxis(narrow, w, image.height, w, 1, h); // column-major: w columns of h
  const left = Math.floor((dots - w) / 2);
  const grey = new Float32Array(dots * h).fill(255);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) grey[y * dots + left + x] = scaledT[x * h + y]!;
  const rowBytes = dots / 8;
  const bits = Buffer.alloc(rowBytes * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < dots; x++) {
      const i = y * dots + x;
      const old = grey[i]!;
      const black = old < 128;
      if (black) bits[y * rowBytes + (x >> 3)]! |= 0x80 >> (x & 7);
      const err = old - (black ? 0 : 255);
      if (x + 1 < dots) grey[i + 1]! += (err * 7) / 16;
      if (y + 1 < h) {
        if (x > 0) grey[i + dots - 1]! += (err * 3) / 16;
        grey[i + dots]! += (err * 5) / 16;
        if (x + 1 < dots) grey[i + dots + 1]! += err / 16;
      }
    }
  }
  return { width: dots, height: h, bits };
}

/** ESC/POS `GS v 0`: print a raster bit image, normal size (Epson and its clones). */
export function rasterCommand(r: LogoRaster): Buffer {
  const x = r.width / 8;
  return Buffer.concat([Buffer.from([0x1d, 0x76, 0x30, 0x00, x & 0xff, x >> 8, r.height & 0xff, r.height >> 8]), r.bits]);
}

/** The raster as a black-and-white PNG `data:` URL: the on-screen preview shows the dots the paper gets. */
function rasterDataUrl(r: LogoRaster): string {
  const png = new PNG({ width: r.width, height: r.height, colorType: 0, inputColorType: 0, bitDepth: 8, inputHasAlpha: false });
  for (let y = 0; y < r.height; y++) {
    for (let x = 0; x < r.width; x++) png.data[y * r.width + x] = r.bits[y * (r.width / 8) + (x >> 3)]! & (0x80 >> (x & 7)) ? 0 : 255;
  }
  return `data:image/png;base64,${PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false }).toString('base64')}`;
}

type Prepared = { raster: LogoRaster; dataUrl: string };

/** The rasters of a logo for every paper width, with the preview's picture of each. Throws when it cannot be read. */
function prepare(bytes: Buffer): Map<number, Prepared> {
  const image = decodeLogo(bytes);
  return new Map(printableDotWidths.map((d) => {
    const raster = logoRaster(image, d);
    return [d, { raster, dataUrl: rasterDataUrl(raster) }];
  }));
}

/**
 * The last logo made ready, by its SHA-256. The hash names the content, so every desk in the process
 * may share it; `byDots` is null for a logo that could not be read.
 */
let ready: { sha256: string; byDots: Map<number, Prepared> | null } | null = null;

/**
 * When a manager uploads a logo: decodes it (throwing when it cannot be read, so the upload is
 * refused) and keeps its rasters, so printing it decodes nothing.
 */
export function prepareLogo(sha256: string, bytes: Buffer): void {
  ready = { sha256, byDots: prepare(bytes) };
}

/**
 * The store's logo ready to print, decoded once per logo: kept by the logo's SHA-256 for every
 * paper width (made at upload, or here after a restart), and made again only when the store details
 * name another logo. A logo that cannot be read prints nothing (receipts go out without it) and is
 * not tried again until it changes.
 */
export class LogoCache {
  constructor(
    /** The current logo's hash, or undefined when there is none. */
    private readonly sha256: () => string | undefined,
    /** The current logo's bytes. */
    private readonly load: () => Buffer | null,
    private readonly log: (e: unknown) => void,
  ) {}

  private prepared(dots: number): Prepared | null {
    const sha256 = this.sha256();
    if (!sha256) return null;
    if (ready?.sha256 !== sha256) {
      let byDots: Map<number, Prepared> | null = null;
      try {
        const bytes = this.load();
        if (bytes) byDots = prepare(bytes);
      } catch (e) {
        this.log(e);
      }
      ready = { sha256, byDots };
    }
    return ready.byDots?.get(dots) ?? null;
  }

  raster = (dots: number): LogoRaster | null => this.prepared(dots)?.raster ?? null;
  dataUrl = (dots: number): string | null => this.prepared(dots)?.dataUrl ?? null;
}
