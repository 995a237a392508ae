/**
 * GS1 trade item numbers as printed under product barcodes: GTIN-8 (EAN-8), GTIN-12 (UPC-A),
 * GTIN-13 (EAN-13) and GTIN-14. The last digit is a check digit over the others.
 */
const gtinLengths = new Set([8, 12, 13, 14]);

/** Digits only, in one of the GTIN lengths: what a product barcode would be, right or wrong. */
export const looksLikeGtin = (code: string) => /^\d+$/.test(code) && gtinLengths.has(code.length);

/** GS1 mod 10: from the right, the digits before the check digit weigh 3, 1, 3, 1… */
function checkDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10;
}

/** A GTIN whose check digit is right: a mistyped or misread digit is caught before any lookup. */
export const isValidGtin = (code: string) =>
  looksLikeGtin(code) && checkDigit(code.slice(0, -1)) === Number(code.slice(-1));
