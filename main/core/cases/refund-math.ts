import { convertFixed, MAX_AMOUNT, type Money } from '../../../shared/domain/money.js';
import type { PolicyPack } from '../../../shared/domain/policy.js';
import type { ReturnLine, SaleLine } from '../../../shared/domain/events.js';
import { DeskError } from '../../../shared/result.js';

/**
 * What a line is worth: what its units were paid when it came from a sale (discounts taken off),
 * else quantity × price.
 */
export const lineValue = (l: SaleLine | ReturnLine): Money =>
  ('paid' in l && l.paid ? l.paid : { amount: l.unitPrice.amount * l.qty, currency: l.unitPrice.currency });

/**
 * The value of sale lines in the store's currency. Lines priced in the pack's former currency
 * (BGN in Bulgaria since 2026) are converted line by line at the legally fixed rate.
 */
export function linesTotal(lines: readonly (SaleLine | ReturnLine)[], pack: PolicyPack): Money {
  let amount = 0;
  for (const l of lines) {
    const value = lineValue(l);
    if (value.currency !== pack.currency && value.currency !== pack.formerCurrency) {
      throw new DeskError('currency_mismatch', { currency: pack.currency, former: pack.formerCurrency ?? pack.currency });
    }
    amount += convertFixed(value, pack.currency).amount;
  }
  // Each line is within bounds but 100 of them × 999 may not be: refuse what no document can hold.
  if (amount > MAX_AMOUNT) throw new DeskError('invalid_input', { fields: 'lines' }, { fields: ['lines'] });
  return { amount, currency: pack.currency };
}
