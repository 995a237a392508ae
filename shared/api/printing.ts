import { z } from 'zod';
import { method } from './method.js';
import { isoDateSchema } from '../domain/jurisdiction.js';
import { printerSettingsSchema, type PrinterSettings } from '../printing/printer-settings.js';
import type { DocKind } from '../printing/receipt-doc.js';

const none = z.object({}).strict();
const caseDocKindSchema = z.enum(['complaint_confirmation', 'complaint_resolution', 'return', 'exchange']);

/**
 * queued: waiting for its turn or for the next retry; printing: being sent now; done: the printer
 * confirmed it has the whole job; unconfirmed: the bytes went out but the printer never confirmed,
 * so it is NOT retried (it may have printed) — staff check the paper and reprint if needed;
 * skipped: no printer configured (preview only).
 */
export type PrintJobState = 'queued' | 'printing' | 'done' | 'unconfirmed' | 'skipped';
export type PrintJob = {
  id: string;
  caseId: string | null;
  kind: DocKind;
  reference: string;
  state: PrintJobState;
  copies: number;
  attempts: number;
  /** Epoch ms of the next attempt while queued. */
  nextAt: number | null;
  /** Why the last attempt failed, in the desk's language. */
  lastError: string | null;
  createdAt: number;
  printedAt: number | null;
};
/** A document as it will come out of the printer: HTML with the paper's line breaks. */
export type ReceiptPreview = { kind: DocKind; reference: string; width: number; html: string };
export type TestPrintResult = { printed: boolean; message: string };

export const printingApi = {
  getPrinterSettings: method<PrinterSettings>()(none),
  savePrinterSettings: method<PrinterSettings>()(z.object({ settings: printerSettingsSchema }).strict()),
  /** Prints the test page now (not queued), with the given settings or the saved ones. */
  testPrint: method<TestPrintResult>()(z.object({ settings: printerSettingsSchema.optional() }).strict()),
  /** Every document the case has so far, as previews. */
  previewDocuments: method<ReceiptPreview[]>()(z.object({ caseId: z.uuid() }).strict()),
  reprint: method<PrintJob>()(z.object({ caseId: z.uuid(), kind: caseDocKindSchema }).strict()),
  retryPrintJob: method<PrintJob>()(z.object({ jobId: z.uuid() }).strict()),
  listPrintJobs: method<PrintJob[]>()(z.object({ caseId: z.uuid().optional(), limit: z.number().int().min(1).max(200).default(50) }).strict()),
  previewEndOfDay: method<ReceiptPreview>()(z.object({ day: isoDateSchema.optional() }).strict()),
  printEndOfDay: method<PrintJob>()(z.object({ day: isoDateSchema.optional() }).strict()),
};
