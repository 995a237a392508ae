import { useEffect, useMemo, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { Locale } from '../../../shared/domain/jurisdiction.js';
import type { SessionView } from '../../../shared/headoffice/access.js';
import { api, setCsrfToken, whenSignedOut } from './api.js';
import { i18nFor, initialLocale, rememberLocale } from './i18n.js';
import { SignIn } from './SignIn.js';
import { Shell } from './Shell.js';

/** Signed in or not; the language the whole app speaks, switchable at any time. */
export function App() {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [session, setSession] = useState<SessionView | null | 'checking'>('checking');
  const i18n = useMemo(() => i18nFor(locale), [locale]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = i18n.t('app.title');
  }, [locale, i18n]);

  useEffect(() => {
    whenSignedOut(() => setSession(null));
    void api<SessionView>('GET', '/api/session').then((r) => {
      if (r.ok) setCsrfToken(r.value.csrfToken);
      setSession(r.ok ? r.value : null);
    });
  }, []);

  const changeLocale = (next: Locale) => {
    rememberLocale(next);
    setLocale(next);
  };
  const signedIn = (s: SessionView) => {
    setCsrfToken(s.csrfToken);
    // The user's own language the first time on this browser; what they pick here wins after that.
    if (!localStorage.getItem('headoffice.locale')) changeLocale(s.user.locale);
    setSession(s);
  };

  return (
    <I18nextProvider i18n={i18n}>
      {session === 'checking' ? <p role="status">{i18n.t('app.loading')}</p>
        : session ? <Shell session={session} locale={locale} onLocale={changeLocale} onSignedOut={() => setSession(null)} />
        : <SignIn locale={locale} onLocale={changeLocale} onSignedIn={signedIn} />}
    </I18nextProvider>
  );
}
