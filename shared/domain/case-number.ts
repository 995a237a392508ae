import { z } from 'zod';

/** `<STORE>-<DESK>-<YYYY>-<NNNNN>`, sequential per desk per year: the complaints register number. */
export const storeCodeSchema = z.string().trim().toUpperCase().regex(/^[A-Z0-9]{2,8}$/);
export const deskCodeSchema = z.string().trim().toUpperCase().regex(/^[A-Z0-9]{1,3}$/);
export const caseNoSchema = z.string().regex(/^[A-Z0-9]{2,8}-[A-Z0-9]{1,3}-\d{4}-\d{5,}$/);

export const formatCaseNo = (store: string, desk: string, year: number, n: number) =>
  `${store}-${desk}-${year}-${String(n).padStart(5, '0')}`;
