import type { RegisterFile, RegisterView } from '../../../shared/api/register.js';
import type { CaseState } from '../../../shared/domain/case-state.js';
import { complaintsRegister, registerTable } from '../../../shared/law/register.js';
import { registerCsv } from '../../../shared/law/register-csv.js';
import type { Desk } from '../desk.js';
import { renderRegisterPdf } from './register-pdf-thread.js';

/**
 * The store's complaints register as this desk holds it: its own complaints and the other desks'
 * it pulled from head office. Numbers and order come from shared/law/register.ts, as at head office.
 */
export function deskRegister(desk: Desk, year = Number(desk.today().slice(0, 4))): RegisterView {
  const { storeCode, storeName } = desk.requireSetup();
  const states = (desk.db.prepare("SELECT state FROM cases WHERE type = 'complaint' AND case_no LIKE ?").raw().all(`${storeCode}-%-${year}-%`) as [string][])
    .map(([json]) => JSON.parse(json) as CaseState);
  const entries = complaintsRegister(states);
  return { year, entries, table: registerTable(entries, { name: storeName, code: storeCode }, year, desk.t().t) };
}

export async function exportDeskRegister(desk: Desk, format: 'csv' | 'pdf', year?: number): Promise<RegisterFile> {
  const view = deskRegister(desk, year);
  const { storeCode, language } = desk.requireSetup();
  const fileName = `complaints-register-${storeCode}-${view.year}.${format}`;
  if (format === 'csv') {
    return { fileName, mimeType: 'text/csv; charset=utf-8', base64: Buffer.from(registerCsv(view.table, language)).toString('base64') };
  }
  // Made in a thread of its own: the counter goes on recording while a large year is laid out.
  const pdf = await renderRegisterPdf({ table: view.table, locale: language });
  return { fileName, mimeType: 'application/pdf', base64: Buffer.from(pdf).toString('base64') };
}
