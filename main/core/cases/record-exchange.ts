import { v7 as uuidv7 } from 'uuid';
import type { ParsedInputOf } from '../../../shared/api/method.js';
import type { casesApi } from '../../../shared/api/cases.js';
import type { Desk } from '../desk.js';
import { linesTotal } from './refund-math.js';
import { approvalFor } from './return-approval.js';
import { bindToSale, manualLines, requireExchangeBackFits } from './sale-link.js';
import { purchaseProblems } from '../../../shared/domain/intake-rules.js';
import { refuseIntakeProblems } from './intake-check.js';
import { refuseReasonsNotOffered } from '../settings/reason-codes.js';

type Input = ParsedInputOf<typeof casesApi.recordExchange>;

/** With a sale, the returned lines come from it, bounded by what is left of it; the issued ones are typed. */
const returnedOf = (desk: Desk, { purchase, returned }: Input) =>
  (purchase.saleId ? bindToSale(desk, { ...purchase, saleId: purchase.saleId }, returned, 'returned') : { purchase, lines: manualLines(returned, 'returned') });

/** Returned lines against new ones, settled on the net difference (> 0 the customer pays). */
export async function recordExchange(desk: Desk, input: Input) {
  const { country } = desk.requireSetup();
  desk.requireStaff();
  refuseIntakeProblems(purchaseProblems(input.purchase, desk.today()));
  refuseReasonsNotOffered(desk, input.returned, 'returned');
  const pack = desk.policy();
  const planned = returnedOf(desk, input);
  const difference = (lines: typeof planned.lines) => ({ amount: linesTotal(input.issued, pack).amount - linesTotal(lines, pack).amount, currency: pack.currency });
  /** With a sale, money back by the settlement never beyond what was paid that way (cash back on a card sale). */
  const fits = (linked: ReturnType<typeof returnedOf>) => {
    if ('balance' in linked) requireExchangeBackFits(desk, linked, { returned: linked.lines, difference: difference(linked.lines), settlement: input.settlement });
  };
  fits(planned);
  const approval = await approvalFor(desk, planned.purchase, planned.lines.map((l) => l.reason), Math.max(0, -difference(planned.lines).amount), input.approvalPin);
  return desk.runCommand(uuidv7(), (append) => {
    // Computed again inside the transaction: another return may have taken what was left while the PIN was checked.
    const now = input.purchase.saleId ? returnedOf(desk, input) : planned;
    fits(now);
    const { purchase, lines } = now;
    const { customer, issued, settlement } = input;
    append('exchange.recorded', {
      caseNo: desk.nextCaseNo(), country, lawVersion: desk.lawFor(purchase.purchaseDate).id, customer, purchase, returned: lines, issued, difference: difference(lines), settlement, approval,
    });
  });
}
