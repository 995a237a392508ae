import { maxBatchBytes, maxBatchEvents } from '../../../shared/sync/protocol.js';
import type { SyncStatus } from '../../../shared/api/sync.js';
import { DeskError } from '../../../shared/result.js';
import type { Desk } from '../desk.js';
import { HeadOfficeClient, isSafeHeadOfficeUrl, SyncFailure, type Fetch } from './head-office-client.js';
import { loadEnrollment, saveEnrollment, type Enrollment } from './enrollment-store.js';
import { plainSecretBox, type SecretBox } from './secret-box.js';
import { retryDelay, type Backoff } from './retry-delay.js';
import { Outbox } from './outbox.js';
import { Inbox } from './inbox.js';
import { withDeskStatus } from './desk-status.js';
import type { Sale } from '../../../shared/sales/sale.js';
import type { DeskEvent } from '../../../shared/domain/events.js';
import type { z } from 'zod';

type Timer = unknown;
export type SyncOptions = {
  secrets?: SecretBox;
  fetch?: Fetch;
  setTimer?: (fn: () => void, ms: number) => Timer;
  clearTimer?: (t: Timer) => void;
  random?: () => number;
  /** Sync this often when all is well. */
  intervalMs?: number;
  /** Wait this long after a new event, so a burst goes in one push. */
  debounceMs?: number;
  backoff?: Backoff;
  requestTimeoutMs?: number;
  /** A receipt looked up at the counter: the clerk waits, so it gives up sooner than a sync. */
  lookupTimeoutMs?: number;
  batchEvents?: number;
  /** The events this version reads (tests stand in for an older version with a narrower schema). */
  events?: z.ZodType<DeskEvent>;
};

const defaultTimer = (fn: () => void, ms: number) => {
  const t = setTimeout(fn, ms);
  t.unref(); // the desk's timer never keeps the process alive
  return t;
};

/**
 * Keeps one desk in step with head office: pushes its unsent events in seq order, in batches,
 * then pulls its store's new events after the cursor. One run at a time; runs on its own timer,
 * shortly after every new event, and on demand ("Sync now", network back). Failures back off
 * exponentially with jitter and honour Retry-After. Nothing here can lose or block a case: the
 * event log is the queue.
 */
export class SyncEngine {
  private readonly outbox: Outbox;
  private readonly inbox: Inbox;
  private readonly secrets: SecretBox;
  private readonly fetchFn: Fetch;
  private readonly setTimer;
  private readonly clearTimer;
  private readonly random;
  private readonly intervalMs;
  private readonly debounceMs;
  private readonly backoff: Backoff;
  private readonly batchEvents;
  private enrollment: Enrollment | null;
  /** Where an enrollment from before https was required points, if it is not this PC: never synced to. */
  private insecureHeadOffice: string | null = null;
  private running: Promise<void> | null = null;
  private runAgain = false;
  private timer: Timer | null = null;
  private stopped = false;
  private failures = 0;
  private status: Omit<SyncStatus, 'enrolled' | 'headOffice' | 'waiting' | 'rejected' | 'heldBack' | 'tokenProtectedByOs'> = { state: 'idle', online: null, lastSyncAt: null, lastError: null, nextAttemptAt: null, clockOffsetMs: null };

  constructor(private readonly desk: Desk, private readonly opts: SyncOptions = {}) {
    this.outbox = new Outbox(desk);
    this.inbox = new Inbox(desk, opts.events);
    this.secrets = opts.secrets ?? plainSecretBox;
    this.fetchFn = withDeskStatus(opts.fetch ?? fetch, () => ({ clock: desk.now(), waiting: this.outbox.waiting() }));
    this.setTimer = opts.setTimer ?? defaultTimer;
    this.clearTimer = opts.clearTimer ?? ((t: Timer) => clearTimeout(t as NodeJS.Timeout));
    this.random = opts.random ?? Math.random;
    this.intervalMs = opts.intervalMs ?? 60_000;
    this.debounceMs = opts.debounceMs ?? 2_000;
    this.backoff = opts.backoff ?? { baseMs: 1_000, maxMs: 5 * 60_000 };
    this.batchEvents = opts.batchEvents ?? maxBatchEvents;
    this.enrollment = loadEnrollment(desk.settings, this.secrets);
    if (this.enrollment && !isSafeHeadOfficeUrl(this.enrollment.url)) {
      this.insecureHeadOffice = this.enrollment.url;
      this.enrollment = null;
    }
    const lastSyncAt = Number(desk.settings.get('lastSyncAt') ?? 0);
    if (lastSyncAt) this.status.lastSyncAt = lastSyncAt;
  }

  /** Starts syncing; first applies the held events from head office that this version reads (the app restarts after an update). */
  start(): void {
    this.inbox.readHeldAgain();
    this.schedule(this.debounceMs);
  }

  stop(): void {
    this.stopped = true;
    this.cancelTimer();
  }

  /** A new event: sync soon, unless head office asked us to wait. */
  nudge(): void {
    if (this.failures > 0 || !this.enrollment) return;
    if (this.running) this.runAgain = true;
    // A steady stream of events must not postpone the push forever: an earlier attempt stands.
    else if (this.timer === null || (this.status.nextAttemptAt ?? Infinity) > this.desk.now() + this.debounceMs) this.schedule(this.debounceMs);
  }

  /** Runs a sync now (waiting for one already under way) and reports how it went. */
  async syncNow(): Promise<SyncStatus> {
    if (this.running) await this.running;
    await this.run();
    return this.getStatus();
  }

  getStatus(): SyncStatus {
    return {
      ...this.status,
      state: this.enrollment ? this.status.state : this.insecureHeadOffice ? 'insecure' : 'not_enrolled',
      enrolled: this.enrollment !== null,
      headOffice: this.enrollment?.url ?? this.insecureHeadOffice,
      waiting: this.outbox.waiting(),
      rejected: this.outbox.rejected(),
      heldBack: this.inbox.held(),
      tokenProtectedByOs: this.secrets.protectedByOs,
    };
  }

  /** How much of the store's sales window head office set (null before the first pull). */
  salesDays(): number | null {
    return this.inbox.salesDays();
  }

  unreadablePulled(): number {
    return this.inbox.unreadable();
  }

  /**
   * Asks head office for the store's sales with this receipt (any age); null when this desk is not
   * enrolled. Throws SyncFailure when head office cannot answer.
   */
  async lookupSales(receipt: string): Promise<Sale[] | null> {
    const enrollment = this.enrollment;
    if (!enrollment) return null;
    const client = new HeadOfficeClient(enrollment.url, this.fetchFn, this.opts.lookupTimeoutMs ?? 5_000, this.desk.now);
    return this.desk.sales.ofThisStore((await client.lookupSales(enrollment.token, receipt)).sales);
  }

  /**
   * Registers this desk's own device id with head office using its one-time code. Head office
   * checks the code is for this store and desk; the desk checks the answer too.
   */
  async enroll(url: string, code: string): Promise<SyncStatus> {
    const setup = this.desk.requireSetup();
    if (!isSafeHeadOfficeUrl(url)) throw new DeskError('head_office_not_https');
    const baseUrl = url.replace(/\/+$/, '');
    const client = new HeadOfficeClient(baseUrl, this.fetchFn, this.opts.requestTimeoutMs, this.desk.now);
    let res;
    try {
      res = await client.enroll({ code, deviceId: this.desk.deviceId, storeCode: setup.storeCode, deskCode: setup.deskCode });
    } catch (e) {
      if (!(e instanceof SyncFailure)) throw e;
      if (e.code === 'code_mismatch' || e.code === 'device_taken') throw new DeskError('enrollment_mismatch', { detail: e.message });
      if (e.code === 'desk_taken') throw new DeskError('enrollment_desk_taken', { detail: `${setup.storeCode}-${setup.deskCode}` });
      if (e.kind === 'unauthorized' || e.kind === 'refused') throw new DeskError('enrollment_refused');
      // The system's own words ("connect ECONNREFUSED 127.0.0.1:8787") tell a clerk nothing: what happened and what to do.
      if (e.kind === 'network') throw new DeskError('head_office_unreachable', { url: baseUrl });
      throw new DeskError('sync_error', { detail: e.message });
    }
    if (res.deviceId !== this.desk.deviceId || res.storeCode !== setup.storeCode || res.deskCode !== setup.deskCode) {
      throw new DeskError('enrollment_mismatch', { detail: `${res.storeCode}-${res.deskCode}` });
    }
    this.enrollment = { url: baseUrl, token: res.token, storeCode: res.storeCode, deskCode: res.deskCode, enrolledAt: this.desk.now() };
    this.insecureHeadOffice = null;
    saveEnrollment(this.desk.settings, this.secrets, this.enrollment);
    this.failures = 0;
    return this.syncNow();
  }

  private schedule(ms: number) {
    if (this.stopped) return;
    this.cancelTimer();
    this.status.nextAttemptAt = this.desk.now() + ms;
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.run();
    }, ms);
  }

  private cancelTimer() {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
  }

  private run(): Promise<void> {
    if (this.running) {
      this.runAgain = true;
      return this.running;
    }
    this.running = this.cycle().finally(() => {
      this.running = null;
      if (this.runAgain && !this.stopped) {
        this.runAgain = false;
        void this.run();
      }
    });
    return this.running;
  }

  private async cycle(): Promise<void> {
    const enrollment = this.enrollment;
    if (!enrollment || this.stopped) return;
    this.cancelTimer();
    this.status.state = 'syncing';
    const client = new HeadOfficeClient(enrollment.url, this.fetchFn, this.opts.requestTimeoutMs, this.desk.now);
    try {
      await this.pushAll(client, enrollment.token);
      await this.pullAll(client, enrollment.token);
      await this.pullPages(() => this.inbox.catalogueCursor(), (after) => client.pullCatalogue(enrollment.token, after), (page) => this.inbox.applyCatalogue(page));
      await this.pullPages(() => this.inbox.salesCursor(), (after) => client.pullSales(enrollment.token, after), (page) => this.inbox.applySales(page));
      this.failures = 0;
      this.status = { ...this.status, state: 'idle', online: true, lastSyncAt: this.desk.now(), lastError: null, nextAttemptAt: null };
      this.desk.settings.set('lastSyncAt', this.status.lastSyncAt);
      this.schedule(this.intervalMs);
    } catch (caught) {
      const e = caught instanceof SyncFailure ? caught : new SyncFailure('server', caught instanceof Error ? caught.message : String(caught));
      this.failures += 1;
      this.status.online = e.kind !== 'network';
      this.status.state = e.kind === 'network' ? 'offline' : e.kind === 'unauthorized' ? 'unauthorized' : 'error';
      this.status.lastError = e.kind === 'network' ? this.desk.t().t('errors:head_office_unreachable', { url: enrollment.url }) : e.message;
      this.schedule(retryDelay(this.failures, this.backoff, this.random, e.retryAfterMs));
    }
  }

  /** One request to head office; its answer's clock is compared with ours halfway through the round trip. */
  private async timed<T extends { serverTime: number }>(request: () => Promise<T>): Promise<T> {
    const sentAt = this.desk.now();
    const res = await request();
    this.status.clockOffsetMs = Math.round(res.serverTime - (sentAt + this.desk.now()) / 2);
    return res;
  }

  private async pushAll(client: HeadOfficeClient, token: string) {
    for (;;) {
      const batch = this.outbox.nextBatch(this.batchEvents, maxBatchBytes);
      if (!batch.length || this.stopped) return;
      const res = await this.timed(() => client.push(token, batch));
      this.outbox.acknowledge(res);
      if (res.ackSeq < batch[0]!.seq) throw new SyncFailure('server', `head office holds this desk's events only up to ${res.ackSeq}`);
    }
  }

  /**
   * Page after page until head office has no more, each applied as it comes (with its cursor). A
   * page saying "more" without moving the cursor would be asked again forever: the pull ends there.
   */
  private async pullPages<P extends Page>(cursor: () => string, request: (after: string) => Promise<P>, apply: (page: P) => void) {
    for (;;) {
      if (this.stopped) return;
      const after = cursor();
      const page = await orNone(request(after));
      if (!page) return;
      apply(page);
      if (!morePages(page, after)) return;
    }
  }

  private async pullAll(client: HeadOfficeClient, token: string) {
    for (;;) {
      if (this.stopped) return;
      const after = this.inbox.cursor();
      const res = await this.timed(() => client.pull(token, after, this.inbox.refVersion(), this.inbox.lawVersion(), this.opts.events));
      this.inbox.apply(res);
      if (!morePages(res, after)) return;
    }
  }
}

/** A route head office does not have (404: a version from before it) answers nothing, not an error. */
type Page = { more: boolean; cursor: string };
/** Another page to ask for: head office says there is, and this page moved the cursor on. */
const morePages = (page: Page, after: string) => page.more && page.cursor !== after;

async function orNone<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (e) {
    if (e instanceof SyncFailure && e.status === 404) return null;
    throw e;
  }
}
