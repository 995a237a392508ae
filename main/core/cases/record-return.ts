import { v7 as uuidv7 } from 'uuid';
import type { ParsedInputOf } from '../../../shared/api/method.js';
import type { casesApi } from '../../../shared/api/cases.js';
import type { Purchase, Refund, ReturnLine } from '../../../shared/domain/events.js';
import { DeskError } from '../../../shared/result.js';
import type { Desk } from '../desk.js';
import { linesTotal } from './refund-math.js';
import { approvalFor } from './return-approval.js';
import { bindToSale, manualLines, saleRefund } from './sale-link.js';
import { purchaseProblems } from '../../../shared/domain/intake-rules.js';
import { refuseIntakeProblems } from './intake-check.js';
import { refuseReasonsNotOffered } from '../settings/reason-codes.js';

type Input = ParsedInputOf<typeof casesApi.recordReturn>;

/**
 * What the return records: with a sale, its lines and refund from the sale and what is left of it;
 * without, the typed lines at their prices, refunded by one method.
 */
function returnOf(desk: Desk, { purchase, lines, refundMethod }: Input): { purchase: Purchase; lines: ReturnLine[]; refund: Refund } {
  if (purchase.saleId) {
    const linked = bindToSale(desk, { ...purchase, saleId: purchase.saleId }, lines, 'lines');
    return { purchase: linked.purchase, lines: linked.lines, refund: saleRefund(desk, linked, refundMethod) };
  }
  // Without a sale there is no record of how the customer paid.
  if (refundMethod === 'original') throw new DeskError('invalid_input', { fields: 'refundMethod' }, { fields: ['refundMethod'] });
  const manual = manualLines(lines, 'lines');
  return { purchase, lines: manual, refund: { method: refundMethod, amount: linesTotal(manual, desk.policy()) } };
}

/** A final return document: lines from the original sale and the refund, computed here, never typed in. */
export async function recordReturn(desk: Desk, input: Input) {
  const { country } = desk.requireSetup();
  desk.requireStaff();
  refuseIntakeProblems(purchaseProblems(input.purchase, desk.today()));
  refuseReasonsNotOffered(desk, input.lines, 'lines');
  const planned = returnOf(desk, input);
  const approval = await approvalFor(desk, planned.purchase, planned.lines.map((l) => l.reason), planned.refund.amount.amount, input.approvalPin);
  return desk.runCommand(uuidv7(), (append) => {
    // Computed again inside the transaction: a return recorded while the PIN was checked may have taken what was left.
    const { purchase, lines, refund } = input.purchase.saleId ? returnOf(desk, input) : planned;
    append('return.recorded', { caseNo: desk.nextCaseNo(), country, lawVersion: desk.lawFor(purchase.purchaseDate).id, customer: input.customer, purchase, lines, refund, approval });
  });
}
