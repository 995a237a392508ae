import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/domain/jurisdiction.js';
import type { SessionView } from '../../../shared/headoffice/access.js';
import { api } from './api.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { screenAt, screensFor } from './screens.js';

/** The signed-in frame: the role's menu, who is signed in, the language, signing out; the screen the address names. */
export function Shell({ session, locale, onLocale, onSignedOut }: { session: SessionView; locale: Locale; onLocale: (l: Locale) => void; onSignedOut: () => void }) {
  const { t } = useTranslation();
  const { user } = session;
  const here = () => location.pathname + location.search;
  const [address, setAddress] = useState(here);
  const screen = screenAt(user.role, address);

  useEffect(() => {
    const onPop = () => setAddress(here());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  // An address the role has no screen for shows (and then reads) the role's first screen.
  useEffect(() => {
    if (!address.startsWith(screen.path)) history.replaceState(null, '', screen.path);
  }, [address, screen.path]);

  const go = (next: string) => {
    history.pushState(null, '', next);
    setAddress(next);
  };
  const signOut = async (everywhere: boolean) => {
    await api('DELETE', everywhere ? '/api/sessions' : '/api/session');
    onSignedOut();
  };
  const { Screen } = screen;

  return (
    <>
      <header className="top">
        <span className="brand">{t('app.title')}</span>
        <nav aria-label={t('app.menu')}>
          <ul>
            {screensFor(user.role).map((s) => (
              <li key={s.path}>
                <a href={s.path} aria-current={s.path === screen.path ? 'page' : undefined} onClick={(e) => { e.preventDefault(); go(s.path); }}>
                  {t(s.label, s.strings ? { ns: s.strings.namespace } : {})}
                </a>
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
        <Screen key={address} locale={locale} go={go} />
      </main>
    </>
  );
}
