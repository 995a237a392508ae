import { z } from 'zod';
import type { SettingsStore } from '../settings/settings-store.js';
import type { SecretBox } from './secret-box.js';

const storedSchema = z.object({ url: z.string(), token: z.string(), storeCode: z.string(), deskCode: z.string(), enrolledAt: z.number() });

export type Enrollment = { url: string; token: string; storeCode: string; deskCode: string; enrolledAt: number };

/** Where this desk syncs to and with which token (encrypted by the SecretBox) — in the settings. */
export function loadEnrollment(settings: SettingsStore, secrets: SecretBox): Enrollment | null {
  const parsed = storedSchema.safeParse(settings.get('headOffice'));
  if (!parsed.success) return null;
  try {
    return { ...parsed.data, token: secrets.decrypt(parsed.data.token) };
  } catch {
    // Encrypted by another user account or machine, or stored by the browser preview: enroll again.
    return null;
  }
}

export function saveEnrollment(settings: SettingsStore, secrets: SecretBox, e: Enrollment): void {
  settings.set('headOffice', { ...e, token: secrets.encrypt(e.token) });
}
