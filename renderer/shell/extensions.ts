import type { ComponentType } from 'react';
import type { TFunction } from 'i18next';
import type { CaseDetail, Session } from '../../shared/api/cases.js';

/**
 * Where other areas of the renderer (printing, sync) mount their screens into the shell without
 * editing it: a folder renderer/<area>/ with a `mount.ts(x)` that calls `extendShell(...)` is
 * picked up by renderer/main.tsx at start.
 */
export type ShellExtension = {
  /** A screen with its own entry in the menu (e.g. "Printer", "Sync"). */
  screens?: Array<{ id: string; label(t: TFunction): string; Screen: ComponentType; managerOnly?: boolean; shownTo?(session: Session | null): boolean }>;
  /** A panel on the case detail (e.g. print / reprint and the receipt preview). */
  casePanels?: Array<{ id: string; Panel: ComponentType<{ detail: CaseDetail; refresh(): void }> }>;
  /** An item in the status bar at the bottom (e.g. online/offline, events waiting). */
  statusItems?: Array<{ id: string; Item: ComponentType }>;
  /** A section of the Settings screen (e.g. printer address, enrollment). */
  settingsSections?: Array<{ id: string; Section: ComponentType }>;
  /**
   * A page of the first run, shown once right after setup (the first manager is signed in) and
   * before the counter, in order (e.g. connecting the desk to head office). `done()` moves on.
   */
  setupSteps?: Array<{ id: string; Step: ComponentType<{ done(): void }> }>;
};

export const shellExtensions: Required<ShellExtension> = { screens: [], casePanels: [], statusItems: [], settingsSections: [], setupSteps: [] };

export function extendShell(ext: ShellExtension) {
  shellExtensions.screens.push(...(ext.screens ?? []));
  shellExtensions.casePanels.push(...(ext.casePanels ?? []));
  shellExtensions.statusItems.push(...(ext.statusItems ?? []));
  shellExtensions.settingsSections.push(...(ext.settingsSections ?? []));
  shellExtensions.setupSteps.push(...(ext.setupSteps ?? []));
}
