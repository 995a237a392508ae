import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { desk, onSessionLost } from './desk.js';
import { applyDeskLanguage, uiI18n } from './i18n.js';
import { addReasonNames } from '../shared/domain/reasons.js';
import { useApp } from './state/app-store.js';
import { SetupScreen } from './setup/SetupScreen.js';
import { SignInScreen } from './setup/SignInScreen.js';
import { Shell } from './shell/Shell.js';
import { shellExtensions } from './shell/extensions.js';
import { ChangePinForm } from './staff/ChangePinForm.js';

/** Which door the clerk walks through: first-run setup, the PIN, or the counter itself. */
export function App() {
  const { t } = useTranslation('ui');
  const { session, setSession, setStaff, go } = useApp();
  const [problem, setProblem] = useState<string | null>(null);
  // Which first-run step (shellExtensions.setupSteps) is showing; null once the first run is over.
  const [setupStep, setSetupStep] = useState<number | null>(null);

  const load = useCallback(async () => {
    const res = await desk.getSession({});
    if (!res.ok) return setProblem(res.error.message);
    setProblem(null);
    // Head office's names of reasons, before anything shows one (terms:reason.<code>).
    if (res.value.policy) addReasonNames(uiI18n, res.value.policy.reasons.names);
    setSession(res.value);
    if (res.value.staff) {
      const staff = await desk.listStaff({});
      if (staff.ok) setStaff(staff.value);
    }
  }, [setSession, setStaff]);

  useEffect(() => void load(), [load]);
  // Back to the PIN (or setup) screen when the desk no longer knows who is at the counter.
  useEffect(() => onSessionLost(() => void load()), [load]);
  const language = session?.setup?.language;
  useEffect(() => {
    if (language) applyDeskLanguage(language);
  }, [language]);

  if (problem) {
    return (
      <main className="centered-page">
        <div className="form-summary" role="alert">{problem}</div>
        <button type="button" className="primary big" autoFocus onClick={() => void load()}>{t('app.retry')}</button>
      </main>
    );
  }
  if (!session) return <main className="centered-page" aria-busy="true">{t('app.loading')}</main>;
  if (!session.setup) return <SetupScreen onDone={() => { setSetupStep(0); void load(); }} />;
  if (!session.staff) {
    // Whoever signs in later goes to the counter: the first-run steps were the first manager's.
    return <SignInScreen storeName={session.setup.storeName} onSignedIn={() => { setSetupStep(null); go({ name: 'cases' }); void load(); }} />;
  }
  if (session.staff.pinChangeRequired) {
    return (
      <main className="centered-page">
        <p className="notice" role="alert">{t('myPin.required')}</p>
        <ChangePinForm autoFocus onChanged={() => void load()} />
      </main>
    );
  }
  const step = setupStep === null ? undefined : shellExtensions.setupSteps[setupStep];
  if (step) return <step.Step key={step.id} done={() => setSetupStep(setupStep! + 1)} />;
  return <Shell onSignedOut={() => void load()} />;
}
