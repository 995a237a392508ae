import { useEffect, useRef } from 'react';
import type { SaleView } from '../../shared/api/sales.js';

/** A form that takes a scanned receipt's sales (the exchange's items back, the complaint's product). */
export type SaleTarget = (receipt: string, views: SaleView[]) => void;

const onScreen: SaleTarget[] = [];

/** While the form is on screen, a scanned receipt goes to it instead of opening a new return. */
export function useSaleTarget(target: SaleTarget) {
  const latest = useRef(target);
  useEffect(() => {
    latest.current = target;
  });
  useEffect(() => {
    const current: SaleTarget = (receipt, views) => latest.current(receipt, views);
    onScreen.push(current);
    return () => void onScreen.splice(onScreen.indexOf(current), 1);
  }, []);
}

export const saleTargetOnScreen = (): SaleTarget | undefined => onScreen[onScreen.length - 1];
