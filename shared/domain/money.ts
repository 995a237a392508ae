import { z } from 'zod';

/** Money is integer minor units plus an ISO currency: never floats. */
export const currencySchema = z.enum(['CZK', 'EUR', 'UAH', 'RUB', 'BGN', 'USD']);
export type Currency = z.infer<typeof currencySchema>;

/** The largest amount one document may carry, in minor units. */
export const MAX_AMOUNT = 1_000_000_000_00;

export const moneySchema = z.object({
  amount: z.number().int().min(-MAX_AMOUNT).max(MAX_AMOUNT),
  currency: currencySchema,
});
/** A price: money that cannot be negative (a negative line would turn a refund into a charge). */
export const priceSchema = moneySchema.extend({ amount: z.number().int().min(0).max(MAX_AMOUNT) });
export type Money = z.infer<typeof moneySchema>;

export const money = (amount: number, currency: Currency): Money => ({ amount, currency });

export function sumMoney(items: readonly Money[], currency: Currency): Money {
  let amount = 0;
  for (const m of items) {
    if (m.currency !== currency) throw new Error(`currency mismatch: ${m.currency} vs ${currency}`);
    amount += m.amount;
  }
  return { amount, currency };
}

/**
 * Fixed conversion rates set by law, as exact fractions (to/from): 1 EUR = 1.95583 BGN. Kept as
 * integers because amount × (1/1.95583) in floating point rounds large amounts to the wrong cent.
 */
const fixedRates: Partial<Record<`${Currency}>${Currency}`, { num: bigint; den: bigint }>> = { 'BGN>EUR': { num: 100000n, den: 195583n } };

/** Converts at a legally fixed rate, rounding half away from zero to the minor unit. */
export function convertFixed(m: Money, to: Currency): Money {
  if (m.currency === to) return m;
  const rate = fixedRates[`${m.currency}>${to}`];
  if (rate === undefined) throw new Error(`no fixed rate ${m.currency}>${to}`);
  const scaled = BigInt(Math.abs(m.amount)) * rate.num;
  const rounded = (2n * scaled + rate.den) / (2n * rate.den);
  return { amount: Math.sign(m.amount) * Number(rounded), currency: to };
}
