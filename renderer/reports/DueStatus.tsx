import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../state/app-store.js';
import { useDue } from './due-store.js';

export const dueScreenId = 'due-complaints';
const REFRESH_MS = 5 * 60_000;

/**
 * In the status bar while someone is signed in: how many complaints are overdue or due within 3
 * days, one click or F9 to list them. At sign-in (when it mounts) it says so once at the top.
 */
export function DueStatus() {
  const { t } = useTranslation(['reports']);
  const { due, refresh } = useDue();
  const go = useApp((s) => s.go);
  const open = () => go({ name: 'extension', id: dueScreenId });
  useEffect(() => {
    void refresh().then((d) => {
      if (d?.total) useApp.setState({ flash: `${t('reports:due.reminder', { count: d.total })} ${t('reports:due.open')}` });
    });
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh, t]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F9' || e.ctrlKey || e.altKey || e.metaKey) return;
      e.preventDefault();
      go({ name: 'extension', id: dueScreenId });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);
  if (!due?.total) return null;
  return (
    <button type="button" className={due.overdue ? 'status-due overdue' : 'status-due'} onClick={open} aria-keyshortcuts="F9">
      {t('reports:due.statusOverdue', { overdue: due.overdue, soon: due.total - due.overdue })} <kbd>F9</kbd>
    </button>
  );
}
