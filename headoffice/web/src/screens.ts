import type { Role } from '../../../shared/headoffice/access.js';

/** The app's screens by address, and who sees each in their menu (head office refuses the rest anyway). */
export const screens = [
  { path: '/cases', label: 'nav.cases', roles: ['administrator', 'regional_manager', 'service_centre', 'viewer'] },
  { path: '/conflicts', label: 'nav.conflicts', roles: ['administrator', 'regional_manager', 'viewer'] },
  { path: '/service', label: 'nav.service', roles: ['administrator', 'service_centre'] },
  { path: '/users', label: 'nav.users', roles: ['administrator'] },
  { path: '/audit', label: 'nav.audit', roles: ['administrator'] },
] as const satisfies readonly { path: string; label: string; roles: readonly Role[] }[];
export type ScreenPath = (typeof screens)[number]['path'];

export const screensFor = (role: Role) => screens.filter((s) => (s.roles as readonly Role[]).includes(role));

/** The screen for an address: one of the role's, else the first it has. */
export const screenAt = (role: Role, pathname: string): ScreenPath => (screensFor(role).find((s) => s.path === pathname) ?? screensFor(role)[0]!).path;
