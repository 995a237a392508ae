import { z } from 'zod';
import { method } from './method.js';

export type RejectedEvent = { eventId: string; seq: number; caseNo: string | null; type: string | null; reason: string; rejectedAt: number };

/** What the status bar shows: is head office reachable, what waits, what was refused. */
export type SyncStatus = {
  enrolled: boolean;
  headOffice: string | null;
  /** insecure: enrolled at a plain-http address that is not this PC, so never synced to. */
  state: 'not_enrolled' | 'idle' | 'syncing' | 'offline' | 'error' | 'unauthorized' | 'insecure';
  /** null until the first attempt. */
  online: boolean | null;
  /** This desk's events head office does not hold yet. */
  waiting: number;
  lastSyncAt: number | null;
  lastError: string | null;
  nextAttemptAt: number | null;
  rejected: RejectedEvent[];
  /** Events from head office this version cannot read (written by a newer one), kept until an update reads them. */
  heldBack: number;
  /** Head office's clock minus this desk's (> 0: this desk is behind), from its last answer; null before one. */
  clockOffsetMs: number | null;
  /** false: the OS keeps the head-office token no safer than a plain file (Linux with no keyring). */
  tokenProtectedByOs: boolean;
};

const none = z.object({}).strict();

export const syncApi = {
  syncStatus: method<SyncStatus>()(none),
  syncNow: method<SyncStatus>()(none),
  /** Exchanges head office's one-time code for this desk's token (manager only). */
  enroll: method<SyncStatus>()(z.object({
    url: z.url({ protocol: /^https?$/ }).max(300),
    code: z.string().trim().min(6).max(40),
  }).strict()),
};
