/**
 * Encrypts the device token at rest. Electron passes one built on safeStorage (the OS keychain);
 * the browser preview and tests keep it as it is in their settings file. `protectedByOs` is false
 * where the OS gives no real protection, so Settings can say so.
 */
export type SecretBox = { encrypt(plain: string): string; decrypt(stored: string): string; readonly protectedByOs: boolean };

export const plainSecretBox: SecretBox = { encrypt: (s) => s, decrypt: (s) => s, protectedByOs: false };
