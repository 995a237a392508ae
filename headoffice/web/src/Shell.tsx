import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/domain/jurisdiction.js';
import type { SessionView } from '../../../shared/headoffice/access.js';
import { api } from './api.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { screenAt, screensFor, type ScreenPath } from './screens.js';
import { CasesScreen } from './CasesScreen.js';
import { ConflictsScreen } from './ConflictsScreen.js';
import { UsersScreen } from './UsersScreen.js';
import { AuditScreen } from './AuditScreen.js';
import { ServiceScreen } from './ServiceScreen.js';

const screenComponents: Record<ScreenPath, (p: { locale: Locale }) => React.ReactNode> = {
  '/cases': CasesScreen,
  '/conflicts': ConflictsScreen,
  '/service': ServiceScreen,
  '/users': UsersScreen,
  '/audit': AuditScreen,
};

/** The signed-in frame: the role's menu, who is signed in, the language, signing out; the screen the address names. */
export function Shell({ session, locale, onLocale, onSignedOut }: { session: SessionView; locale: Locale; onLocale: (l: Locale) => void; onSignedOut: () => void }) {
  const { t } = useTranslation();
  const { user } = session;
  const [path, setPath] = useState<ScreenPath>(() => screenAt(user.role, location.pathname));

  useEffect(() => {
    const onPop = () => setPath(screenAt(user.role, location.pathname));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [user.role]);
  useEffect(() => {
    if (location.pathname !== path) history.replaceState(null, '', path);
  }, [path]);

  const go = (next: ScreenPath) => {
    history.pushState(null, '', next);
    setPath(next);
  };
  const signOut = async (everywhere: boolean) => {
    await api('DELETE', everywhere ? '/api/sessions' : '/api/session');
    onSignedOut();
  };
  const Screen = screenComponents[path];

  return (
    <>
      <header className="top">
        <span className="brand">{t('app.title')}</span>
        <nav aria-label={t('app.menu')}>
          <ul>
            {screensFor(user.role).map((s) => (
              <li key={s.path}>
                <a href={s.path} aria-current={s.path === path ? 'page' : undefined} onClick={(e) => { e.preventDefault(); go(s.path); }}>{t(s.label)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <span className="who">{t('app.signedInAs', { name: user.name, role: t(`roles.${user.role}`) })}</span>
        <LanguageSwitch locale={locale} onLocale={onLocale} />
        <button type="button" onClick={() => void signOut(false)}>{t('app.signOut')}</button>
        <button type="button" onClick={() => void signOut(true)}>{t('app.signOutEverywhere')}</button>
      </header>
      <main>
        <Screen key={path} locale={locale} />
      </main>
    </>
  );
}
