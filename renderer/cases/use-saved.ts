import { useTranslation } from 'react-i18next';
import type { CaseState } from '../../shared/domain/case-state.js';
import { useApp } from '../state/app-store.js';

/** After a new case is saved: forget the draft, open the case, say its number loud and clear. */
export function useOpenSaved(resetDraft: () => void) {
  const { t } = useTranslation('ui');
  const go = useApp((s) => s.go);
  return (saved: CaseState) => {
    resetDraft();
    go({ name: 'case', id: saved.id }, t('form.saved', { caseNo: saved.caseNo }));
  };
}

/** The desk's policy pack; the shell is only shown once the desk is set up, so it is there. */
export function usePolicy() {
  const policy = useApp((s) => s.session?.policy);
  if (!policy) throw new Error('the desk is not set up');
  return policy;
}
