import type { ReactNode } from 'react';
import { ReceiptLookup } from './ReceiptLookup.js';
import { SaleLines } from './SaleLines.js';
import { emptySaleDraft, saleDraftOf, type SaleDraft } from './sale-picks.js';

type Props = {
  /** The API path the ticked lines go to ("lines", "returned"). */
  name: string;
  legend: string;
  sale: SaleDraft;
  onChange(sale: SaleDraft): void;
  /** The purchase and items typed by hand, shown while no sale is taken. */
  children: ReactNode;
};

/** Items coming back: from the sale of a receipt found (typed or scanned), else typed by hand. */
export function SaleSection({ name, legend, sale, onChange, children }: Props) {
  const { pick } = sale;
  return (
    <>
      <ReceiptLookup receipt={sale.receipt} choices={sale.choices} autoFocus={!pick}
        onReceipt={(receipt) => onChange({ ...sale, receipt })} onFound={(receipt, views) => onChange(saleDraftOf(receipt, views))} />
      {pick
        ? <SaleLines name={name} legend={legend} pick={pick} onChange={(p) => onChange({ ...sale, pick: p })} onClear={() => onChange(emptySaleDraft())} />
        : children}
    </>
  );
}
