import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../shared/api/sync.js';
import { useApp } from '../state/app-store.js';
import { useSync } from './sync-store.js';
import { clockNotice } from './sync-notices.js';

/** The one word a clerk needs: can head office be reached right now. */
export function connectionLabel(s: SyncStatus, busy: boolean): { key: string; tone: 'ok' | 'warn' | 'bad' } {
  if (busy || s.state === 'syncing') return { key: 'sync:syncing', tone: 'ok' };
  switch (s.state) {
    case 'not_enrolled': return { key: 'sync:notEnrolled', tone: 'warn' };
    case 'offline': return { key: 'sync:offline', tone: 'bad' };
    case 'unauthorized': return { key: 'sync:unauthorized', tone: 'bad' };
    case 'insecure': return { key: 'sync:insecure', tone: 'bad' };
    case 'error': return { key: 'sync:busy', tone: 'warn' };
    default: return { key: 'sync:online', tone: 'ok' };
  }
}

/** Status bar: online/offline, what waits, when head office last heard from us, what it refused, what waits for an update, a wrong clock, Sync now. */
export function SyncStatusItem() {
  const { t, i18n } = useTranslation(['sync']);
  const { status, busy, syncNow } = useSync();
  const go = useApp((s) => s.go);
  if (!status) return null;
  const { key, tone } = connectionLabel(status, busy);
  const clock = clockNotice(status);
  const time = status.lastSyncAt ? new Date(status.lastSyncAt).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' }) : null;
  return (
    <span className="sync-status" data-testid="sync-status">
      <span className={`sync-dot ${tone}`} aria-hidden="true" />
      <span>{t(key)}</span>
      <span>{t('sync:waiting', { count: status.waiting })}</span>
      {status.enrolled && <span>{time ? t('sync:lastSync', { time }) : t('sync:never')}</span>}
      {clock && <span className="sync-warning">{t(clock.key, clock.values)}</span>}
      {status.rejected.length > 0 && (
        <button type="button" className="link sync-rejected" onClick={() => go({ name: 'settings' })}>
          {t('sync:rejected', { count: status.rejected.length })}
        </button>
      )}
      {status.heldBack > 0 && (
        <button type="button" className="link sync-held" onClick={() => go({ name: 'settings' })}>
          {t('sync:heldForUpdate', { count: status.heldBack })}
        </button>
      )}
      {status.enrolled && (
        <button type="button" className="sync-now" disabled={busy} onClick={() => void syncNow()}>{t('sync:syncNow')}</button>
      )}
    </span>
  );
}
