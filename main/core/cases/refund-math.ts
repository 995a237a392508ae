import { convertFixed, MAX_AMOUNT, type Money } from '../../../shared/domain/money.js';
import type { PolicyPack } from '../../../shared/domain/policy.js';
import type { SaleLine } from '../../../shared/domain/events.js';
import { DeskError } from '../../../shared/result.js';

/**
 * The value of sale lines in the store's currency. Lines priced in the pack's former currency
 * (BGN in Bulgaria since 2026) are converted line by line at the legally fixed rate.
 */
export function linesTotal(lines: readonly SaleLine[], pack: PolicyPack): Money {
  let amount = 0;
  for (const l of lines) {
    const { currency } = l.unitPrice;
    if (currency !== pack.currency && currency !== pack.formerCurrency) {
      throw new DeskError('currency_mismatch', { currency: pack.currency, former: pack.formerCurrency ?? pack.currency });
    }
    amount += convertFixed({ amount: l.unitPrice.amount * l.qty, currency }, pack.currency).amount;
  }
  // Each line is within bounds but 100 of them × 999 may not be: refuse what no document can hold.
  if (amount > MAX_AMOUNT) throw new DeskError('invalid_input', { fields: 'lines' }, { fields: ['lines'] });
  return { amount, currency: pack.currency };
}
