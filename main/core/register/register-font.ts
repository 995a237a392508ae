import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** DejaVu Sans (Latin and Cyrillic) from its npm package, read when a PDF is made: a desk that never makes one never needs it. */
export const registerFont = (): Uint8Array => readFileSync(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
