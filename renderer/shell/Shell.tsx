import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp, type View } from '../state/app-store.js';
import { signOutKeepingDrafts, useDraftsReading } from '../state/drafts.js';
import { shellExtensions } from './extensions.js';
import { StatusBar } from './StatusBar.js';
import { CaseList } from '../cases/CaseList.js';
import { CaseDetailScreen } from '../cases/CaseDetailScreen.js';
import { ComplaintForm } from '../cases/ComplaintForm.js';
import { ReturnForm } from '../cases/ReturnForm.js';
import { ExchangeForm } from '../cases/ExchangeForm.js';
import { StaffScreen } from '../staff/StaffScreen.js';
import { SettingsScreen } from '../settings/SettingsScreen.js';

type Entry = { view: View; key?: string; label: string };

/** Function keys jump straight to the counter's four daily tasks. */
const shortcuts: Record<string, View> = {
  F2: { name: 'cases' }, F3: { name: 'complaint' }, F4: { name: 'return' }, F6: { name: 'exchange' },
};

const sameView = (a: View, b: View) => a.name === b.name && ('id' in a ? a.id : '') === ('id' in b ? b.id : '');

function Screen({ view }: { view: View }) {
  switch (view.name) {
    case 'cases': return <CaseList />;
    case 'case': return <CaseDetailScreen key={view.id} caseId={view.id} />;
    case 'complaint': return <ComplaintForm />;
    case 'return': return <ReturnForm />;
    case 'exchange': return <ExchangeForm />;
    case 'staff': return <StaffScreen />;
    case 'settings': return <SettingsScreen />;
    case 'extension': {
      const ext = shellExtensions.screens.find((s) => s.id === view.id);
      return ext ? <ext.Screen /> : null;
    }
  }
}

/** The counter: the menu on the left, the work in the middle, the desk's status at the bottom. */
export function Shell({ onSignedOut }: { onSignedOut(): void }) {
  const { t } = useTranslation('ui');
  const { view, go, flash, clearFlash, session } = useApp();
  const isManager = session?.staff?.role === 'manager';
  const readingDrafts = useDraftsReading();
  // After a save the cursor goes to what was saved ("Saved as …"), not back to the top of the page.
  const flashRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (flash) flashRef.current?.focus();
  }, [flash]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = shortcuts[e.key];
      if (!target || e.ctrlKey || e.altKey || e.metaKey) return;
      e.preventDefault();
      go(target);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);

  const entries: Entry[] = [
    { view: { name: 'cases' }, key: 'F2', label: t('nav.cases') },
    { view: { name: 'complaint' }, key: 'F3', label: t('nav.complaint') },
    { view: { name: 'return' }, key: 'F4', label: t('nav.return') },
    { view: { name: 'exchange' }, key: 'F6', label: t('nav.exchange') },
  ];
  const more: Entry[] = [
    { view: { name: 'staff' }, label: isManager ? t('nav.staff') : t('nav.myPin') },
    ...shellExtensions.screens.filter((s) => (isManager || !s.managerOnly) && (s.shownTo?.(session) ?? true)).map((s) => ({ view: { name: 'extension', id: s.id } as View, label: s.label(t) })),
    { view: { name: 'settings' }, label: t('nav.settings') },
  ];
  const current = view.name === 'case' ? { name: 'cases' } as View : view;
  const button = (e: Entry) => (
    <li key={e.label}>
      <button type="button" className={sameView(current, e.view) ? 'nav-item active' : 'nav-item'}
        aria-current={sameView(current, e.view) ? 'page' : undefined} onClick={() => go(e.view)}>
        <span>{e.label}</span>{e.key && <kbd>{e.key}</kbd>}
      </button>
    </li>
  );

  return (
    <div className="shell">
      <nav className="sidebar" aria-label={t('nav.main')}>
        <div className="brand">{t('app.title')}</div>
        <ul className="nav-main">{entries.map(button)}</ul>
        <ul className="nav-more">{more.map(button)}</ul>
        <button type="button" className="nav-item sign-out" onClick={async () => {
          await signOutKeepingDrafts();
          onSignedOut();
        }}>{t('nav.signOut')}</button>
      </nav>
      <main className="content" aria-busy={readingDrafts || undefined}>
        {flash && (
          <div className="flash" role="status" tabIndex={-1} ref={flashRef}>
            <span>{flash}</span>
            <button type="button" className="link" onClick={clearFlash} aria-label={t('app.dismiss')}>×</button>
          </div>
        )}
        <Screen view={view} />
      </main>
      <StatusBar />
    </div>
  );
}
