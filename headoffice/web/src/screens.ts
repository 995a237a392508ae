import type { Role } from '../../../shared/headoffice/access.js';
import { contributedScreens, type HeadOfficeScreen } from './extensions.js';
import { CasesScreen } from './CasesScreen.js';
import { ConflictsScreen } from './ConflictsScreen.js';
import { ServiceScreen } from './ServiceScreen.js';
import { UsersScreen } from './UsersScreen.js';
import { AuditScreen } from './AuditScreen.js';

const everyone: readonly Role[] = ['administrator', 'regional_manager', 'service_centre', 'viewer'];

/** The app's own screens; areas add theirs through `contributeScreen`. */
const ownScreens: HeadOfficeScreen[] = [
  { path: '/cases', label: 'nav.cases', roles: everyone, order: 20, Screen: CasesScreen },
  { path: '/conflicts', label: 'nav.conflicts', roles: ['administrator', 'regional_manager', 'viewer'], order: 30, Screen: ConflictsScreen },
  { path: '/service', label: 'nav.service', roles: ['administrator', 'service_centre'], order: 40, Screen: ServiceScreen },
  { path: '/users', label: 'nav.users', roles: ['administrator'], order: 80, Screen: UsersScreen },
  { path: '/audit', label: 'nav.audit', roles: ['administrator'], order: 90, Screen: AuditScreen },
];

/** Every screen, in menu order (read after main.tsx has loaded the areas' contributions). */
export const allScreens = () => [...ownScreens, ...contributedScreens].sort((a, b) => a.order - b.order);

/** The screens in the role's menu (head office refuses the rest anyway). */
export const screensFor = (role: Role) => allScreens().filter((s) => s.roles.includes(role));

/** The screen for an address (its first segment, before any query): one of the role's, else the first it has. */
export function screenAt(role: Role, address: string): HeadOfficeScreen {
  const mine = screensFor(role);
  const first = `/${address.split(/[/?#]/)[1] ?? ''}`;
  return mine.find((s) => s.path === first) ?? mine[0]!;
}
