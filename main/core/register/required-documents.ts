import type { ParsedInputOf } from '../../../shared/api/method.js';
import type { registerApi } from '../../../shared/api/register.js';
import type { CaseState } from '../../../shared/domain/case-state.js';
import { documentBefore, documentsOf, type GuardedStep, type HandedDocument } from '../../../shared/law/documents.js';
import { DeskError } from '../../../shared/result.js';
import type { Desk } from '../desk.js';
import type { PrintQueue } from '../printing/print-queue.js';

const documentName = (desk: Desk, document: HandedDocument) => desk.t().t(`register:document.${document}`);

/** Refuses a complaint's step while the document the law requires before it was neither handed nor declined. */
export function requireHandedBefore(desk: Desk, s: CaseState, step: GuardedStep) {
  const required = documentBefore(s, step);
  if (required && !s.handed?.[required.document]) throw new DeskError('document_not_handed', { document: documentName(desk, required.document) });
}

/**
 * Records that the customer got the document (only once the printer confirmed a print of it) or
 * declined it; who and when are the event's. A second record changes nothing.
 */
export function handDocument(desk: Desk, queue: PrintQueue, { caseId, document, how }: ParsedInputOf<(typeof registerApi)['handDocument']>): CaseState {
  desk.requireStaff();
  const s = desk.getCase(caseId);
  const required = documentsOf(s).find((d) => d.document === document);
  if (!required) throw new DeskError('not_found');
  if (document === 'resolution' && !s.complaint?.resolution) throw new DeskError('invalid_transition', { status: s.status });
  if (s.handed?.[document]) return s;
  if (how === 'printed' && !queue.list(caseId, 200).some((j) => j.kind === required.printedAs && j.state === 'done')) {
    throw new DeskError('document_not_printed', { document: documentName(desk, document) });
  }
  return desk.runCommand(caseId, (append) => append('document.handed', { document, how }));
}
