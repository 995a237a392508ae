import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

/** An RGBA colour, 0–255 each. */
export type Rgba = [number, number, number, number];

/** Pixels of a picture `width` × `height`, each coloured by `paint(x, y)`. */
function pixels(width: number, height: number, paint: (x: number, y: number) => Rgba): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(paint(x, y), (y * width + x) * 4);
  return data;
}

/** A real PNG, as a manager would upload it. */
export function pngImage(width: number, height: number, paint: (x: number, y: number) => Rgba): Buffer {
  const png = new PNG({ width, height });
  pixels(width, height, paint).copy(png.data);
  return PNG.sync.write(png);
}

/** A real JPEG (quality 90). */
export const jpegImage = (width: number, height: number, paint: (x: number, y: number) => Rgba): Buffer =>
  jpeg.encode({ width, height, data: pixels(width, height, paint) }, 90).data;

export const BLACK: Rgba = [0, 0, 0, 255];
export const WHITE: Rgba = [255, 255, 255, 255];
