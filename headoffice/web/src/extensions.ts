import type { ComponentType } from 'react';
import type { Locale } from '../../../shared/domain/jurisdiction.js';
import type { Role } from '../../../shared/headoffice/access.js';

/**
 * What a screen gets from the shell: the app's language, and `go` to open another address of the
 * app (a screen, with a query for what it shows: e.g. a figure's cases), kept in the history.
 */
export type ScreenProps = { locale: Locale; go(address: string): void };

/**
 * A screen of the web app with its entry in the menu. `path` is its address (one segment, lower
 * case: head office answers every such address with the app); `order` places it in the menu.
 */
export type HeadOfficeScreen = {
  path: `/${string}`;
  /** The menu entry's key in the screen's namespace (or head office's own). */
  label: string;
  roles: readonly Role[];
  order: number;
  Screen: ComponentType<ScreenProps>;
  /** The screen's own strings, an i18next namespace per locale (its `label` is looked up in it). */
  strings?: { namespace: string; byLocale: Record<Locale, Record<string, unknown>> };
};

/**
 * Where areas of the web app (dashboards, administration, registers) add their screens without
 * editing the shell: a folder headoffice/web/src/<area>/ with a `screen.ts(x)` that calls
 * `contributeScreen(...)` is picked up by main.tsx before the app starts.
 */
export const contributedScreens: HeadOfficeScreen[] = [];

export function contributeScreen(screen: HeadOfficeScreen) {
  contributedScreens.push(screen);
}
