import type { ReturnLine, SaleLine } from '../../shared/domain/events.js';
import type { Currency } from '../../shared/domain/money.js';
import type { DeskApi } from '../../shared/api/index.js';
import { ok } from './desk.js';

/** Inputs a clerk would type at the counter, with overridable parts. */
export const saleLine = (amount: number, currency: Currency = 'CZK', over: Partial<SaleLine> = {}): SaleLine => ({
  item: 'Rychlovarná konvice', qty: 1, unitPrice: { amount, currency }, ...over,
});

export const returnLine = (amount: number, currency: Currency = 'CZK', over: Partial<ReturnLine> = {}): ReturnLine => ({
  ...saleLine(amount, currency), reason: 'changed_mind', condition: 'new', restock: true, ...over,
});

export const receipt = (purchaseDate: string, receiptNo = 'R-2026-0001') => ({ purchaseDate, proof: 'receipt' as const, receiptNo });

export const complaintInput = (over: Partial<Parameters<DeskApi['openComplaint']>[0]> = {}): Parameters<DeskApi['openComplaint']>[0] => ({
  // A claim about a faulty product names it and a way to reach the customer (the counter's rule).
  kind: 'defect', remedy: 'repair', description: 'Kettle leaks at the base', product: { name: 'Rychlovarná konvice' }, customer: { phone: '+420 608 707 909' }, ...over,
});

/** Adds a clerk with this PIN and signs them in. */
export async function signInClerk(client: DeskApi, pin = '1111', name = 'Karel Prodavač') {
  ok(await client.addStaff({ name, role: 'clerk', pin }));
  return ok(await client.signIn({ pin }));
}
