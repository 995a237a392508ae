import { useTranslation } from 'react-i18next';
import { useApp } from '../state/app-store.js';
import { EnrollForm } from './EnrollForm.js';
import { useSync } from './sync-store.js';
import { connectionLabel } from './SyncStatusItem.js';
import { clockNotice, heldBackNotice, tokenNotice } from './sync-notices.js';

/** Settings: where this desk syncs, how it is going, what needs fixing here, what head office refused, and enrollment. */
export function SyncSection() {
  const { t } = useTranslation(['sync', 'ui']);
  const { status, busy, syncNow } = useSync();
  const isManager = useApp((s) => s.session?.staff?.role === 'manager');
  if (!status) return null;
  const notices = [clockNotice(status), tokenNotice(status), heldBackNotice(status)].filter((n) => n !== null);
  return (
    <div className="sync-section" data-testid="sync-section">
      <h2>{t('sync:section')}</h2>
      <p>
        {t(connectionLabel(status, busy).key)}
        {status.headOffice && <> · {t('sync:connectedTo', { url: status.headOffice })}</>}
        {' · '}{t('sync:waiting', { count: status.waiting })}
      </p>
      {status.lastError && <p className="form-summary" role="status">{t('sync:lastError', { error: status.lastError })}</p>}
      {notices.map((n) => <p key={n.key} className="sync-warning" role="status">{t(n.key, n.values)}</p>)}
      {status.enrolled && <button type="button" className="big" disabled={busy} onClick={() => void syncNow()}>{t('sync:syncNow')}</button>}
      {status.rejected.length > 0 && (
        <>
          <h3>{t('sync:rejectedTitle')}</h3>
          <p>{t('sync:rejectedIntro')}</p>
          <ul className="sync-rejected-list">
            {status.rejected.map((r) => (
              <li key={r.eventId}>
                {t('sync:rejectedRow', {
                  caseNo: r.caseNo ?? '—',
                  type: r.type ? t(`ui:event.${r.type.replace('.', '_')}`, { defaultValue: r.type }) : '—',
                  reason: r.reason,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {isManager ? <EnrollForm again={status.enrolled} /> : !status.enrolled && <p>{t('sync:managerOnly')}</p>}
    </div>
  );
}
