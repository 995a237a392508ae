import pkg from '../../../package.json' with { type: 'json' };
import { headersOf, type DeskStatus } from '../../../shared/sync/desk-status.js';
import type { Fetch } from './head-office-client.js';

/** The version this desk runs (the app's package version, as Electron reports it too). */
export const appVersion: string = pkg.version;

/**
 * `fetch` with the desk's status on every request to head office (`shared/sync/desk-status.ts`),
 * read as each request leaves: the clock then, and the events still waiting then.
 */
export const withDeskStatus = (fetchFn: Fetch, status: () => Omit<DeskStatus, 'appVersion'>): Fetch =>
  (url, init) => fetchFn(url, { ...init, headers: { ...(init.headers as Record<string, string>), ...headersOf({ appVersion, ...status() }) } });
