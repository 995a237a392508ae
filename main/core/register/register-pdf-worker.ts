// The thread renderRegisterPdf (register-pdf-thread.ts) starts: one register PDF, sent back, then it ends.
import { parentPort, workerData } from 'node:worker_threads';
import { createI18n } from '../../../shared/i18n/index.js';
import { registerPdf } from '../../../shared/law/register-pdf.js';
import { registerFont } from './register-font.js';
import type { RegisterPdfJob } from './register-pdf-thread.js';

const { table, locale } = workerData as RegisterPdfJob;
const { t } = createI18n(locale);
// No top-level await: the bundle is CommonJS. A failure rejects, which ends the thread with its error.
void registerPdf(table, registerFont(), (page, pages) => t('register:page', { page, pages })).then((pdf) => {
  parentPort!.postMessage(pdf, [pdf.buffer as ArrayBuffer]);
});
