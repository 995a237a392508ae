import { z } from 'zod';
import { countrySchema, localeSchema } from './domain/jurisdiction.js';
import { currencySchema } from './domain/money.js';
import { deskCodeSchema, storeCodeSchema } from './domain/case-number.js';

/** What first-run setup asks: who this desk is and which law it follows. */
export const deskSetupSchema = z.object({
  storeCode: storeCodeSchema,
  storeName: z.string().trim().min(1).max(120),
  companyId: z.string().trim().min(1).max(40),
  address: z.string().trim().min(1).max(300),
  deskCode: deskCodeSchema,
  country: countrySchema,
  language: localeSchema,
  currency: currencySchema,
  /** Added after setup by a manager (Settings → Store details); printed on receipts when present. */
  vatId: z.string().trim().max(40).optional(),
  phone: z.string().trim().max(40).optional(),
  /** The SHA-256 of the receipt logo a manager uploaded (the image is a file in the data folder). */
  logoSha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
});
export type DeskSetup = z.infer<typeof deskSetupSchema>;

export const pinSchema = z.string().regex(/^\d{4,8}$/);
/** A manager's PIN approves refunds and voids: it has at least this many digits. */
export const managerPinLength = 6;
export const staffRoleSchema = z.enum(['clerk', 'manager']);
export type StaffRole = z.infer<typeof staffRoleSchema>;
/** `pinChangeRequired`: signed in with a PIN that no longer meets the rules; nothing else works until it is changed. */
export type Staff = { id: string; name: string; role: StaffRole; pinChangeRequired?: true };
