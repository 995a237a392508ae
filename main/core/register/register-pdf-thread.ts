import { Worker } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { Locale } from '../../../shared/domain/jurisdiction.js';
import type { RegisterTable } from '../../../shared/law/register.js';

/** What the worker is given: the register's table of texts, and the language of its page numbers. */
export type RegisterPdfJob = { table: RegisterTable; locale: Locale };

// The worker's file: beside this one when run from source (tsx, vitest); once bundled, beside the bundle
// that holds this code (dist/main/index.cjs, inside app.asar when packaged; scripts/main-build-options.ts
// builds register-pdf-worker.cjs next to it), since import.meta.url is then the bundle's own file.
const fromSource = import.meta.url.endsWith('.ts');
const workerFile = new URL(fromSource ? './register-pdf-worker.ts' : './register-pdf-worker.cjs', import.meta.url);
/** tsx's ESM API (its `import` export, as Node would resolve `import 'tsx/esm/api'` from here). */
function tsxApi() {
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  const exported = (JSON.parse(readFileSync(manifest, 'utf8')) as { exports: Record<string, { import: { default: string } }> }).exports['./esm/api']!.import.default;
  return new URL(exported, pathToFileURL(manifest)).href;
}
// From source the thread first registers tsx's loader to read TypeScript (Node 20 applies no --import in a worker).
const tsxFirst = () => `import(${JSON.stringify(tsxApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(workerFile.href)}); });`;
const start = (job: RegisterPdfJob) => (fromSource ? new Worker(tsxFirst(), { eval: true, workerData: job }) : new Worker(workerFile, { workerData: job }));

/**
 * The register as an A4 PDF (shared/law/register-pdf.ts), made in a worker thread of its own: a
 * year of 5,000 entries takes seconds of pdfkit's layout, during which the thread that asked (the
 * desk's core, head office's requests) goes on answering. One thread per PDF, gone once it is made.
 */
export function renderRegisterPdf(job: RegisterPdfJob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = start(job);
    let pdf: Uint8Array | undefined;
    worker.once('message', (bytes: Uint8Array) => (pdf = bytes));
    worker.once('error', reject);
    worker.once('exit', (code) => (pdf ? resolve(pdf) : reject(new Error(`The register's PDF thread ended (exit code ${code}) without a PDF.`))));
  });
}
