import { v7 as uuidv7 } from 'uuid';
import type { ParsedInputOf } from '../../../shared/api/method.js';
import type { casesApi } from '../../../shared/api/cases.js';
import type { Desk } from '../desk.js';
import { linesTotal } from './refund-math.js';
import { approvalFor } from './return-approval.js';

/** A final return document: lines from the original sale and the refund, computed here, never typed in. */
export async function recordReturn(desk: Desk, { purchase, lines, refundMethod, customer, approvalPin }: ParsedInputOf<typeof casesApi.recordReturn>) {
  const { country } = desk.requireSetup();
  desk.requireStaff();
  const amount = linesTotal(lines, desk.policy());
  const approval = await approvalFor(desk, purchase, lines.map((l) => l.reason), amount.amount, approvalPin);
  return desk.runCommand(uuidv7(), (append) => {
    append('return.recorded', { caseNo: desk.nextCaseNo(), country, customer, purchase, lines, refund: { method: refundMethod, amount }, approval });
  });
}
