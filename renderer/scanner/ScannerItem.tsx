import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../state/app-store.js';
import { useCaseSearch } from '../cases/CaseList.js';
import { scanHandlers } from './scan-handlers.js';
import { useScanner } from './use-scanner.js';

/**
 * Listens for the barcode scanner for as long as the counter is on screen, and says in the status
 * bar why the last scan did nothing.
 */
export function ScannerItem() {
  const { t } = useTranslation('ui');
  const view = useApp((s) => s.view);
  const go = useApp((s) => s.go);
  const [, , search] = useCaseSearch();
  const [notice, setNotice] = useState<string | null>(null);
  // A message is about the screen it was said on.
  useEffect(() => setNotice(null), [view]);
  useScanner((payload, focused) => {
    setNotice(null);
    void scanHandlers.handle(payload, {
      focused, t, tell: setNotice,
      searchCases: (query) => {
        search(query);
        go({ name: 'cases' });
      },
    });
  });
  return notice ? <span className="scan-notice" role="alert">{notice}</span> : null;
}
