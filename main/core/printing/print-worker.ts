import type { PrinterSettings } from '../../../shared/printing/printer-settings.js';
import type { PrintQueue, QueuedJob } from './print-queue.js';
import { escposJob } from './escpos.js';
import type { LogoRaster } from './logo-raster.js';
import { printableDots } from '../../../shared/printing/layout-lines.js';
import { deliver, PrinterError } from './transport.js';

/** Exponential backoff with jitter: first, 2×first, 4×first … up to max, each shortened by up to 20%. */
export function retryDelay(attempts: number, retry: PrinterSettings['retry'], random = Math.random): number {
  const full = Math.min(retry.maxMs, retry.firstMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(full * (1 - 0.2 * random()));
}

/**
 * Prints queued jobs one at a time, oldest first, off the command path: a slow or dead printer
 * delays only paper, never a case. Woken after every commit, and by its own timer when the next
 * retry is due.
 */
export class PrintWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly queue: PrintQueue,
    private readonly settings: () => PrinterSettings,
    private readonly now: () => number,
    /** The store's logo for paper this many dots wide, as it stands when the job prints. */
    private readonly logo: (dots: number) => LogoRaster | null,
  ) {}

  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    // Start on the next turn: the command that woke us answers the counter first, paper follows.
    this.running = new Promise((r) => setImmediate(r)).then(() => this.drain()).finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.wake();
      } else this.schedule();
    });
  }

  /** Resolves when the worker has nothing due right now (for shutdown and tests). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private schedule() {
    if (this.stopped) return;
    const next = this.queue.nextWake();
    if (next === undefined) return;
    this.timer = setTimeout(() => this.wake(), Math.max(0, next - this.now()));
    this.timer.unref?.();
  }

  private async drain() {
    while (!this.stopped) {
      const job = this.queue.nextDue(this.now());
      if (!job) return;
      await this.printOne(job);
    }
  }

  private async printOne(job: QueuedJob) {
    const s = this.settings();
    if (s.interface === 'none') return this.queue.markSkipped(job.id);
    try {
      await deliver(s.interface, escposJob(job.doc, s, job.copies, this.logo(printableDots(s.width))), s, () => this.queue.markSending(job.id));
      // Closed meanwhile: the database is gone; the queue sorts the job out when it reopens.
      if (!this.stopped) this.queue.markDone(job.id);
    } catch (e) {
      if (this.stopped) return;
      const fault = e instanceof PrinterError ? e.fault : 'device_error';
      // Sent but not confirmed: it may be on paper already, so a retry could print it twice.
      if (e instanceof PrinterError && e.delivered) this.queue.markUnconfirmed(job.id, fault);
      else this.queue.markRetry(job.id, this.now() + retryDelay(job.attempts + 1, s.retry), fault);
    }
  }
}
