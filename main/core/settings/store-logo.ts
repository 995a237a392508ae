import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { maxLogoBytes, type StoreLogo } from '../../../shared/api/staff.js';
import { DeskError } from '../../../shared/result.js';
import type { Desk } from '../desk.js';
import { LOGO_MAX_SIDE, prepareLogo } from '../printing/logo-raster.js';
import { recordDeskChange } from './record-desk-change.js';
import { deskStream, detailsOf } from './store-details.js';

const FILE = 'store-logo';

/** What the bytes are, by their first bytes (never by a name or a declared type): PNG, JPEG or nothing we take. */
function imageType(bytes: Buffer): StoreLogo['mime'] | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

/** The current logo's bytes (for the printer), or null when there is none. */
export function storeLogoBytes(desk: Desk): Buffer | null {
  const path = join(desk.dataDir, FILE);
  return desk.setup?.logoSha256 && existsSync(path) ? readFileSync(path) : null;
}

/** The logo as the screens show it (a data: URL, which the desk's CSP allows for images), or null. */
export function storeLogo(desk: Desk): StoreLogo | null {
  const bytes = storeLogoBytes(desk);
  if (!bytes || !desk.setup?.logoSha256) return null;
  const mime = imageType(bytes);
  return mime ? { mime, dataUrl: `data:${mime};base64,${bytes.toString('base64')}`, sha256: desk.setup.logoSha256 } : null;
}

/**
 * A manager sets (or, with null, removes) the receipt logo: a PNG or JPEG of at most 256 KB, checked
 * by its magic bytes and then decoded whole into what the printer prints (a damaged file or one
 * declaring a huge picture is refused here, not found out at the printer). The image is a file in
 * the data folder (written whole, then renamed into place); the store details hold its SHA-256, and
 * the change is a `store.details_changed` event.
 */
export function saveStoreLogo(desk: Desk, base64: string | null): StoreLogo | null {
  const setup = desk.requireSetup();
  const bytes = base64 === null ? null : Buffer.from(base64, 'base64');
  const invalid = () => new DeskError('logo_invalid', { kb: maxLogoBytes / 1024, px: LOGO_MAX_SIDE }, { fields: ['base64'] });
  if (bytes && (bytes.length > maxLogoBytes || !imageType(bytes))) throw invalid();
  const sha256 = bytes ? createHash('sha256').update(bytes).digest('hex') : undefined;
  if (sha256 === setup.logoSha256) return storeLogo(desk);
  if (bytes && sha256) {
    try {
      prepareLogo(sha256, bytes); // decoded whole once, here: the printer then uses what this made
    } catch {
      throw invalid();
    }
  }
  const after = { ...setup, logoSha256: sha256 };
  const path = join(desk.dataDir, FILE);
  recordDeskChange(desk, deskStream(desk), 'store.details_changed', { before: detailsOf(setup), after: detailsOf(after) }, () => {
    if (bytes) {
      writeFileSync(`${path}.new`, bytes);
      renameSync(`${path}.new`, path);
    } else rmSync(path, { force: true });
    desk.settings.set('setup', after);
  });
  return storeLogo(desk);
}
