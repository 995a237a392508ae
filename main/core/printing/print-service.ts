import type { CaseState } from '../../../shared/domain/case-state.js';
import type { DeskEvent } from '../../../shared/domain/events.js';
import type { Locale } from '../../../shared/domain/jurisdiction.js';
import type { PrintJob, ReceiptPreview, TestPrintResult } from '../../../shared/api/printing.js';
import { defaultPrinterSettings, printerSettingsSchema, type PrinterSettings } from '../../../shared/printing/printer-settings.js';
import type { ReceiptDoc } from '../../../shared/printing/receipt-doc.js';
import { layoutLines, printableDots } from '../../../shared/printing/layout-lines.js';
import { renderHtml } from '../../../shared/printing/render-html.js';
import type { Desk } from '../desk.js';
import { PrintQueue } from './print-queue.js';
import { PrintWorker } from './print-worker.js';
import { caseDocument, docsForEvents, docsOfCase, type CaseDocKind } from './documents.js';
import { daySummary } from './day-summary.js';
import { endOfDay } from './layouts/end-of-day.js';
import { testPage } from './layouts/test-page.js';
import { receiptFormat, type StoreInfo } from './layouts/receipt-format.js';
import { escposJob } from './escpos.js';
import { DeskError } from '../../../shared/result.js';
import { markedCopy } from '../../../shared/printing/marked-copy.js';
import { deskPreferences } from '../settings/desk-preferences.js';
import { deliver, PrinterError } from './transport.js';
import { LogoCache } from './logo-raster.js';
import { storeLogoBytes } from '../settings/store-logo.js';

const SETTINGS_KEY = 'printer';

/**
 * Receipts for the desk: documents are queued inside the command's transaction, printed after
 * the commit by the worker, previewed on screen with the same line breaks, and reprinted on demand.
 */
export class PrintService {
  readonly queue: PrintQueue;
  readonly worker: PrintWorker;
  private readonly logo: LogoCache;

  constructor(
    private readonly desk: Desk,
    private readonly log: (e: unknown) => void = console.error,
  ) {
    // Retries run on the real clock, whatever clock the desk's events are dated by.
    this.queue = new PrintQueue(desk.db, Date.now);
    this.logo = new LogoCache(() => desk.setup?.logoSha256, () => storeLogoBytes(desk), log);
    this.worker = new PrintWorker(this.queue, () => this.settings(), Date.now, this.logo.raster);
  }

  settings(): PrinterSettings {
    return this.desk.parsedSetting(SETTINGS_KEY, (raw) => {
      const parsed = printerSettingsSchema.safeParse(raw);
      return parsed.success ? parsed.data : defaultPrinterSettings;
    });
  }

  saveSettings(s: PrinterSettings): PrinterSettings {
    this.desk.settings.set(SETTINGS_KEY, s);
    this.worker.wake(); // jobs waiting for a fixed address go now
    return s;
  }

  private locale(): Locale {
    return this.desk.requireSetup().language;
  }

  private store(): StoreInfo {
    const s = this.desk.requireSetup();
    const staff = Object.fromEntries(this.desk.staff.list().map((p) => [p.id, p.name]));
    return { name: s.storeName, address: s.address, companyId: s.companyId, vatId: s.vatId, phone: s.phone, storeCode: s.storeCode, deskCode: s.deskCode, staff };
  }

  private enqueue(caseId: string | null, doc: ReceiptDoc, copies: number): PrintJob {
    const state = this.settings().interface === 'none' ? 'skipped' : 'queued';
    return this.describe(this.queue.enqueue(caseId, doc, copies, state));
  }

  /**
   * Runs inside the command's transaction: the case and its documents commit together. A document
   * that cannot be laid out must not cost the customer their case: the case is saved without it,
   * and the case's print panel shows the error when staff preview or reprint.
   */
  enqueueForCommit(state: CaseState, events: DeskEvent[]): void {
    const kinds = docsForEvents(events);
    if (!kinds.length) return;
    const store = this.store();
    const copies = this.settings().copies;
    for (const kind of kinds) {
      let doc: ReceiptDoc;
      try {
        doc = caseDocument(kind, state, store, this.locale());
      } catch (e) {
        this.log(e);
        continue;
      }
      this.enqueueCopies(state.id, doc, copies);
    }
  }

  /**
   * With marked copies on (Settings), the customer's and the store's copy of each document, each
   * marked; otherwise the printer settings' number of identical copies.
   */
  private enqueueCopies(caseId: string, doc: ReceiptDoc, copies: number): void {
    if (!deskPreferences(this.desk).markedCopies) {
      this.enqueue(caseId, doc, copies);
      return;
    }
    const f = receiptFormat(doc.locale);
    this.enqueue(caseId, markedCopy(doc, f.t('staff:copies.customer'), true), 1);
    this.enqueue(caseId, markedCopy(doc, f.t('staff:copies.store'), false), 1);
  }

  /** A job with its failure in the desk's language. */
  private describe(job: PrintJob & { lastFault?: string | null }): PrintJob {
    const { lastFault, ...rest } = job;
    return { ...rest, lastError: lastFault ? this.desk.t().t(`receipt:fault.${lastFault}`) : null };
  }

  private preview(doc: ReceiptDoc): ReceiptPreview {
    const { width } = this.settings();
    return { kind: doc.kind, reference: doc.reference, width, html: renderHtml(layoutLines(doc, width), width, this.logo.dataUrl(printableDots(width))) };
  }

  previewCase(caseId: string): ReceiptPreview[] {
    const c = this.desk.getCase(caseId);
    const store = this.store();
    return docsOfCase(c).map((k) => this.preview(caseDocument(k, c, store, this.locale())));
  }

  reprint(caseId: string, kind: CaseDocKind): PrintJob {
    const doc = caseDocument(kind, this.desk.getCase(caseId), this.store(), this.locale());
    // A reprint is a copy for the file or a lost slip: it never opens the drawer again.
    const job = this.enqueue(caseId, { ...doc, openDrawer: false }, 1);
    this.worker.wake();
    return job;
  }

  retry(jobId: string): PrintJob {
    this.queue.retryNow(jobId);
    this.worker.wake();
    return this.describe(this.queue.get(jobId));
  }

  list(caseId: string | undefined, limit: number): PrintJob[] {
    return this.queue.list(caseId, limit).map((j) => this.describe(j));
  }

  private endOfDayDoc(day: string | undefined): ReceiptDoc {
    const staff = this.desk.requireStaff();
    if (day && day > this.desk.today()) throw new DeskError('day_in_future', {}, { fields: ['day'] });
    const summary = daySummary(this.desk.db, day ?? this.desk.today(), this.desk.policy().currency);
    return endOfDay(summary, this.store(), this.locale(), { at: this.desk.now(), actor: staff.id });
  }

  previewEndOfDay = (day?: string) => this.preview(this.endOfDayDoc(day));

  printEndOfDay(day?: string): PrintJob {
    const job = this.enqueue(null, this.endOfDayDoc(day), 1);
    this.worker.wake();
    return job;
  }

  /** Prints the test page right now, bypassing the queue, and says plainly what happened. */
  async testPrint(candidate?: PrinterSettings): Promise<TestPrintResult> {
    const s = candidate ?? this.settings();
    const staff = this.desk.requireStaff();
    const t = this.desk.t();
    if (s.interface === 'none') return { printed: false, message: t.t('receipt:screen.noPrinter') };
    const doc = testPage(this.store(), this.locale(), this.desk.policy().currency, s, { at: this.desk.now(), actor: staff.id });
    try {
      await deliver(s.interface, escposJob(doc, s, 1, this.logo.raster(printableDots(s.width))), s);
      return { printed: true, message: t.t('receipt:screen.testPrinted') };
    } catch (e) {
      const fault = e instanceof PrinterError ? e.fault : 'device_error';
      return { printed: false, message: t.t(`receipt:fault.${fault}`) };
    }
  }

  stop() {
    this.worker.stop();
  }
}
