import { v7 as uuidv7 } from 'uuid';
import type { ParsedInputOf } from '../../../shared/api/method.js';
import type { casesApi } from '../../../shared/api/cases.js';
import type { Desk } from '../desk.js';
import { linesTotal } from './refund-math.js';
import { approvalFor } from './return-approval.js';

/** Returned lines against new ones, settled on the net difference (> 0 the customer pays). */
export async function recordExchange(desk: Desk, { purchase, returned, issued, settlement, customer, approvalPin }: ParsedInputOf<typeof casesApi.recordExchange>) {
  const { country } = desk.requireSetup();
  desk.requireStaff();
  const pack = desk.policy();
  const back = linesTotal(returned, pack);
  const out = linesTotal(issued, pack);
  const difference = { amount: out.amount - back.amount, currency: pack.currency };
  const approval = await approvalFor(desk, purchase, returned.map((l) => l.reason), Math.max(0, -difference.amount), approvalPin);
  return desk.runCommand(uuidv7(), (append) => {
    append('exchange.recorded', { caseNo: desk.nextCaseNo(), country, customer, purchase, returned, issued, difference, settlement, approval });
  });
}
