import type { TFunction } from 'i18next';
import { defaultReasonChoices } from '../../shared/domain/reasons.js';
import { useApp } from '../state/app-store.js';

/** The return reasons the desk offers (head office's list, retired codes left out), named in the desk's language. */
export function useReasonOptions(t: TFunction): { value: string; label: string }[] {
  const offered = useApp((s) => s.session?.policy?.reasons.offered) ?? defaultReasonChoices.offered;
  return offered.map((r) => ({ value: r, label: t(`terms:reason.${r}`) }));
}
