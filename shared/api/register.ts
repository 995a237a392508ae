import { z } from 'zod';
import { method } from './method.js';
import type { CaseState } from '../domain/case-state.js';
import { handedDocumentSchema, handedHowSchema } from '../law/documents.js';
import type { RegisterEntry, RegisterTable } from '../law/register.js';

const yearSchema = z.number().int().min(2000).max(2100);

/** The store's register of a year: its entries, and the same as the table the PDF and CSV print. */
export type RegisterView = { year: number; entries: RegisterEntry[]; table: RegisterTable };
/** A file for the UI to offer as a download (the renderer cannot write files): its bytes in base64. */
export type RegisterFile = { fileName: string; mimeType: string; base64: string };

export const registerApi = {
  /** The BG complaints register of the desk's store (its own and the other desks' complaints it holds), this year unless told. */
  complaintsRegister: method<RegisterView>()(z.object({ year: yearSchema.optional() }).strict()),
  exportComplaintsRegister: method<RegisterFile>()(z.object({ year: yearSchema.optional(), format: z.enum(['csv', 'pdf']) }).strict()),
  /** Records that a document the law requires reached the customer (its print job confirmed) or that they declined it. */
  handDocument: method<CaseState>()(z.object({ caseId: z.uuid(), document: handedDocumentSchema, how: handedHowSchema }).strict()),
};
