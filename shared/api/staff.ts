import { z } from 'zod';
import { method } from './method.js';
import { pinSchema, staffRoleSchema, type Staff } from '../settings.js';
import { countrySchema, localeSchema } from '../domain/jurisdiction.js';
import { currencySchema } from '../domain/money.js';
import type { Session } from './cases.js';

const none = z.object({}).strict();
const staffRef = { staffId: z.uuid() };

/** A person as a manager sees them: deactivated people stay listed (their names stay on cases). */
export type StaffMember = Staff & { active: boolean; mustChangePin: boolean };

/** Minutes without a key or click before the counter locks and asks for a PIN. */
export const idleLockMinutesSchema = z.number().int().min(1).max(60);
export const defaultIdleLockMinutes = 5;

/** Print each case document twice, marked "Customer copy" and "Store copy". */
export const deskPreferencesSchema = z.object({ idleLockMinutes: idleLockMinutesSchema, markedCopies: z.boolean() }).strict();
export type DeskPreferences = z.infer<typeof deskPreferencesSchema>;

/** What a manager may change after setup (the store and desk codes name the case numbers, so they stay). */
export const storeDetailsSchema = z.object({
  storeName: z.string().trim().min(1).max(120),
  address: z.string().trim().min(1).max(300),
  companyId: z.string().trim().min(1).max(40),
  vatId: z.string().trim().max(40).optional(),
  phone: z.string().trim().max(40).optional(),
  country: countrySchema,
  language: localeSchema,
  currency: currencySchema,
}).strict();
export type StoreDetails = z.infer<typeof storeDetailsSchema>;

/** The largest receipt logo a manager may upload. */
export const maxLogoBytes = 256 * 1024;
export type StoreLogo = { mime: 'image/png' | 'image/jpeg'; dataUrl: string; sha256: string };

export const staffApi = {
  listStaffMembers: method<StaffMember[]>()(none),
  updateStaffMember: method<StaffMember>()(z.object({ ...staffRef, name: z.string().trim().min(1).max(80), role: staffRoleSchema }).strict()),
  /** A manager gives a person a new PIN; they must choose their own at their next sign-in. */
  resetStaffPin: method<StaffMember>()(z.object({ ...staffRef, pin: pinSchema }).strict()),
  setStaffActive: method<StaffMember>()(z.object({ ...staffRef, active: z.boolean() }).strict()),
  getDeskPreferences: method<DeskPreferences>()(none),
  saveDeskPreferences: method<DeskPreferences>()(z.object({ preferences: deskPreferencesSchema }).strict()),
  /**
   * A changed country changes the currency, the law pack and the receipts: refused with
   * `country_change_unconfirmed` until the manager confirms it.
   */
  getStoreLogo: method<StoreLogo | null>()(none),
  /** A PNG or JPEG (base64, checked by its magic bytes, at most `maxLogoBytes`); null removes the logo. */
  saveStoreLogo: method<StoreLogo | null>()(z.object({ base64: z.string().max(Math.ceil(maxLogoBytes / 3) * 4).regex(/^[A-Za-z0-9+/]*={0,2}$/).nullable() }).strict()),
  saveStoreDetails: method<Session>()(z.object({ details: storeDetailsSchema, confirmCountryChange: z.boolean().default(false) }).strict()),
};
