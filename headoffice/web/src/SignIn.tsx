import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/domain/jurisdiction.js';
import type { SessionView } from '../../../shared/headoffice/access.js';
import { api, type ApiError } from './api.js';
import { ErrorText } from './ErrorText.js';
import { LanguageSwitch } from './LanguageSwitch.js';

export function SignIn({ locale, onLocale, onSignedIn }: { locale: Locale; onLocale: (l: Locale) => void; onSignedIn: (s: SessionView) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await api<SessionView>('POST', '/api/session', { email, password });
    setBusy(false);
    if (r.ok) onSignedIn(r.value);
    else setError(r.error);
  };

  return (
    <main className="sign-in">
      <h1>{t('signIn.heading')}</h1>
      <LanguageSwitch locale={locale} onLocale={onLocale} />
      <form onSubmit={(e) => void submit(e)}>
        <label>{t('signIn.email')}<input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} autoFocus /></label>
        <label>{t('signIn.password')}<input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} /></label>
        <ErrorText error={error} />
        <button type="submit" disabled={busy}>{t('signIn.submit')}</button>
      </form>
    </main>
  );
}
