import { z } from 'zod';

/**
 * A BG complaints register entry's number: `<STORE>-<DESK>-<YYYY>-R<NNNN>` (`SOF01-A-2026-R0007`),
 * gapless per desk and year. It has the case number's desk and year (the `R` tells it from a case
 * number) and counts only the claims that enter the register, so returns, exchanges and service
 * complaints leave no hole in it. Assigned at filing, in the opening event: fixed forever.
 */
export const registerNoSchema = z.string().regex(/^[A-Z0-9]{2,8}-[A-Z0-9]{1,3}-\d{4}-R\d{4,}$/);

export const formatRegisterNo = (store: string, desk: string, year: number, n: number) =>
  `${store}-${desk}-${year}-R${String(n).padStart(4, '0')}`;

/** A register number belongs to the desk and year of its claim's case number (`SOF01-A-2026-00042`). */
export const registerNoFits = (registerNo: string, caseNo: string) => registerNo.startsWith(`${caseNo.replace(/\d+$/, '')}R`);
