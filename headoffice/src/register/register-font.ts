import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** DejaVu Sans (Latin and Cyrillic) for the register's PDF, from its npm package. */
export const registerFont = (): Uint8Array => readFileSync(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
