import { z } from 'zod';
import { deskCodeSchema, storeCodeSchema } from '../domain/case-number.js';
import { countrySchema, type Country } from '../domain/jurisdiction.js';
import { storableText } from '../domain/events.js';

/**
 * Stores and their desks as head office's administration screen edits them (`/api/stores`). The
 * web app checks its forms with these schemas; head office checks every request with them again.
 */
const storeFields = {
  name: z.string().trim().min(1).max(120).refine(...storableText),
  country: countrySchema,
  /** The region its figures count toward and whose regional manager sees it; empty: none. */
  region: z.string().trim().max(64).refine(...storableText).transform((r) => r || null).nullable().default(null),
};
export const newStoreSchema = z.object({ code: storeCodeSchema, ...storeFields }).strict();
export const storeChangeSchema = z.object(storeFields).strict();
export type NewStore = z.output<typeof newStoreSchema>;
export type StoreChange = z.output<typeof storeChangeSchema>;

/** A one-time code for a desk of the store: valid `hours`, and with `replace` the device redeeming it takes the desk over. */
export const codeRequestSchema = z.object({
  desk: deskCodeSchema,
  hours: z.number().int().min(1).max(24 * 30).default(24),
  replace: z.boolean().default(false),
}).strict();
export type CodeRequest = z.output<typeof codeRequestSchema>;

export type StoreView = {
  code: string; name: string; country: Country | null; region: string | null;
  /** Enrolled and not revoked. */
  desks: number;
  /** The latest push or pull head office answered for any of its desks. */
  lastSyncAt: string | null;
};

/** A device enrolled on one of the store's desks, and what it said at its last sync (null: not yet, or a desk too old to say). */
export type DeskView = {
  deviceId: string; deskCode: string; enrolledAt: string; revokedAt: string | null;
  lastSyncAt: string | null; appVersion: string | null; eventsWaiting: number | null;
  /** The desk's clock minus head office's, in ms, when its last sync arrived. */
  clockOffsetMs: number | null;
};

/** A code issued and not yet used, revoked or expired (its text is never kept). */
export type CodeView = { id: string; deskCode: string; issuedAt: string; expiresAt: string; replace: boolean };

/** A code just issued: the only time its text (and its QR image, a PNG data URL) is shown. */
export type IssuedCode = CodeView & { code: string; qr: string };

export type StoreDetail = { store: StoreView; desks: DeskView[]; codes: CodeView[] };
