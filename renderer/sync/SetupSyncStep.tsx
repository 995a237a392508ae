import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EnrollForm } from './EnrollForm.js';

/**
 * First run, right after setup: the manager who has head office's one-time code at hand connects
 * the desk now; anyone else goes to the counter and does it later in Settings.
 */
export function SetupSyncStep({ done }: { done(): void }) {
  const { t } = useTranslation(['sync', 'ui']);
  const [connected, setConnected] = useState(false);
  if (connected) {
    return (
      <main className="centered-page setup-sync-step">
        <h1>{t('sync:enrollTitle')}</h1>
        <p role="status">{t('sync:connected')}</p>
        <button type="button" className="primary big" autoFocus onClick={done}>{t('sync:goToCounter')}</button>
      </main>
    );
  }
  return (
    <main className="centered-page setup-sync-step">
      <EnrollForm again={false} onEnrolled={() => setConnected(true)} />
      <p className="intro">{t('sync:laterHint', { settings: t('ui:nav.settings'), section: t('sync:section') })}</p>
      <button type="button" className="big" onClick={done}>{t('sync:later')}</button>
    </main>
  );
}
