import { z } from 'zod';
import { storeCodeSchema } from '../domain/case-number.js';
import type { RegisterEntry } from '../law/register.js';
import type { Role } from './access.js';

/** Who may read stores' registers (customers' names and phones): not the service centre, which sees only the claims sent to it. */
export const registerRoles: readonly Role[] = ['administrator', 'regional_manager', 'viewer'];

/** A BG store whose complaints register a head-office user may see. */
export type RegisterStore = { code: string; name: string };

/** `GET /api/registers/:store?year=`: which store's register, of which year (this year unless told). */
export const registerQuerySchema = z.object({
  store: storeCodeSchema,
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

/** A store's register of a year, in filing order: the same entries the desks list (`complaintsRegister`). */
export type RegisterListView = { store: RegisterStore; year: number; entries: RegisterEntry[] };
