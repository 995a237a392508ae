/** Every currency a desk can use (CZK, EUR, UAH, RUB, BGN, USD) has 2 minor digits. */
const MINOR_DIGITS = 2;
const MAX_AMOUNT = 1_000_000_000_00;

export type MoneyParse = { ok: true; amount: number } | { ok: false; problem: 'empty' | 'format' | 'too_large' };

const plain = /^(\d+)(?:[.,](\d{1,2}))?$/;
// Grouped thousands need the other separator for decimals ("1.299,90", "1,299.90") so nothing is ambiguous.
const grouped = /^(\d{1,3}(?:([.,])\d{3})+)(?:([.,])(\d{1,2}))?$/;

/**
 * What the clerk typed ("199,90", "199.90", "1 299,90") as integer minor units, parsed as text so
 * no float ever touches money. "1.299" is refused rather than guessed: it could mean either.
 */
export function parseMoneyInput(text: string): MoneyParse {
  const s = text.replace(/[\s\u00a0\u202f']/g, '');
  if (!s) return { ok: false, problem: 'empty' };
  let whole: string;
  let frac: string;
  const p = plain.exec(s);
  if (p) {
    whole = p[1]!;
    frac = p[2] ?? '';
  } else {
    const g = grouped.exec(s);
    if (!g || !g[3] || g[2] === g[3]) return { ok: false, problem: 'format' };
    whole = g[1]!.replace(/[.,]/g, '');
    frac = g[4] ?? '';
  }
  const digits = whole.replace(/^0+(?=\d)/, '') + frac.padEnd(MINOR_DIGITS, '0');
  if (digits.length > String(MAX_AMOUNT).length) return { ok: false, problem: 'too_large' };
  const amount = Number(digits);
  if (amount > MAX_AMOUNT) return { ok: false, problem: 'too_large' };
  return { ok: true, amount };
}

/** Minor units as the exact decimal string Intl.NumberFormat takes ("-1999" -> "-19.99"). */
export function minorToDecimal(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(amount)).padStart(MINOR_DIGITS + 1, '0');
  return `${sign}${digits.slice(0, -MINOR_DIGITS)}.${digits.slice(-MINOR_DIGITS)}`;
}

/** Minor units back into what the clerk would type, in the locale's decimal mark ("199,90"). */
export function minorToInput(amount: number, decimalMark: string): string {
  return minorToDecimal(amount).replace('.', decimalMark);
}
