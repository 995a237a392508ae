import { z } from 'zod';
import { storeCodeSchema } from '../domain/case-number.js';
import { localeSchema } from '../domain/jurisdiction.js';
import { storableText, withoutUnstorableChars } from '../domain/events.js';

/**
 * Who may do what at head office. An administrator runs everything; a regional manager sees the
 * stores of their region only; the service centre works the claims sent to service; a viewer reads
 * and changes nothing.
 */
export const roles = ['administrator', 'regional_manager', 'service_centre', 'viewer'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Long enough that a guess list does not reach it: people choose them, so no rules beyond length. */
export const minPasswordLength = 12;
export const passwordSchema = z.string().min(minPasswordLength).max(256);
export const emailSchema = z.email().max(200).transform((e) => e.toLowerCase());

// An address with NUL or half a character belongs to no one; PostgreSQL could not even look it up.
export const signInSchema = z.object({ email: z.string().trim().max(200).transform(withoutUnstorableChars), password: z.string().max(256) });

/** A regional manager's region: at least one store; the other roles have none. */
const userFields = {
  name: z.string().trim().min(1).max(120).refine(...storableText),
  role: roleSchema,
  stores: z.array(storeCodeSchema).max(1000).default([]),
  locale: localeSchema.default('en'),
};
const regionRule = (u: { role?: Role; stores?: string[] }) => u.role !== 'regional_manager' || (u.stores?.length ?? 0) > 0;
const regionIssue = { message: 'A regional manager needs at least one store.', path: ['stores'] };

export const newUserSchema = z.object({ email: emailSchema, password: passwordSchema, ...userFields }).refine(regionRule, regionIssue);
export const userChangeSchema = z.object({ ...userFields, disabled: z.boolean() }).partial().refine(regionRule, regionIssue);
export const passwordResetSchema = z.object({ password: passwordSchema });

/** A user as head office shows them (never their password hash). */
export type UserView = {
  id: number; email: string; name: string; role: Role; stores: string[]; locale: z.infer<typeof localeSchema>;
  disabled: boolean; createdAt: string;
};

/** What the web app learns of its own session: who, and the token it must send with every change. */
export type SessionView = { user: UserView; csrfToken: string };
