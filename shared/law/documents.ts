import { z } from 'zod';
import type { Country } from '../domain/jurisdiction.js';

/** A document the law says the customer is handed: when the claim is lodged, and when it is settled. */
export const handedDocumentSchema = z.enum(['filing', 'resolution']);
export type HandedDocument = z.infer<typeof handedDocumentSchema>;
/** How it reached the customer: printed (the print job confirmed) or the customer declined it. */
export const handedHowSchema = z.enum(['printed', 'declined']);

/** The complaint step that may not be taken before the document was handed. */
export type GuardedStep = 'resolve' | 'close';

export type RequiredDocument = {
  document: HandedDocument;
  /** The receipt the desk prints for it (see main/core/printing/documents.ts). */
  printedAs: 'complaint_confirmation' | 'complaint_resolution';
  before: GuardedStep;
  citation: string;
  /** Whether the citation was checked against the statute's text; unconfirmed ones need a lawyer's look. */
  confirmed: boolean;
};

const filing = (citation: string, confirmed: boolean): RequiredDocument => ({ document: 'filing', printedAs: 'complaint_confirmation', before: 'resolve', citation, confirmed });
const resolution = (citation: string, confirmed: boolean): RequiredDocument => ({ document: 'resolution', printedAs: 'complaint_resolution', before: 'close', citation, confirmed });

/** What must be handed to the customer of a complaint, per country, with where the law says so. */
export const requiredDocuments: Record<Country, RequiredDocument[]> = {
  CZ: [
    filing('§19 odst. 3 zák. č. 634/1992 Sb.: potvrzení, kdy spotřebitel reklamaci uplatnil, co je jejím obsahem a jaký způsob vyřízení požaduje', true),
    resolution('§19 odst. 3 zák. č. 634/1992 Sb.: potvrzení o datu a způsobu vyřízení reklamace, případně písemné odůvodnění zamítnutí', true),
  ],
  BG: [
    filing('чл. 127, ал. 2–3 ЗЗП: рекламацията се описва в регистъра; потребителят получава документ с датата, номера от регистъра и претенцията', false),
    resolution('чл. 127 ЗЗП и указанията на КЗП: писмен отговор за решението по рекламацията', false),
  ],
  UA: [
    filing('ст. 8 Закону № 1023-XII та Порядок гарантійного ремонту (постанова КМУ № 506 від 11.04.2002): документ про приймання товару із зазначенням дати та недоліку', false),
  ],
  RU: [
    filing('ст. 18, 20 Закона РФ № 2300-1 «О защите прав потребителей»: акт (квитанция) приёма товара на проверку качества или ремонт с датой и описанием недостатка', false),
  ],
};

/**
 * The documents of a complaint: only a claim about a faulty product (a `defect` complaint) is a
 * claim in the law's sense; a complaint about the service or a suggestion gets none.
 */
export const documentsOf = (c: { country: Country; complaint?: { kind: string } }): RequiredDocument[] =>
  c.complaint?.kind === 'defect' ? requiredDocuments[c.country] : [];

/** The document a step of this complaint waits for, if any. */
export const documentBefore = (c: Parameters<typeof documentsOf>[0], step: GuardedStep): RequiredDocument | undefined =>
  documentsOf(c).find((d) => d.before === step);
