import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staff } from '../../shared/settings.js';
import { desk } from '../desk.js';
import { CounterForm } from '../forms/CounterForm.js';
import { TextField } from '../forms/fields.js';
import { useCommand } from '../forms/use-command.js';
import { useIdleLocked } from '../staff/IdleLock.js';

/** PIN only: the PIN says who is at the counter. */
export function SignInScreen({ storeName, onSignedIn }: { storeName: string; onSignedIn(s: Staff): void }) {
  const { t } = useTranslation('ui');
  const [pin, setPin] = useState('');
  const command = useCommand<Staff>({ onSaved: onSignedIn });
  const idleMinutes = useIdleLocked((s) => s.minutes);
  return (
    <main className="centered-page">
      <CounterForm command={command} title={t('signIn.title')} submitLabel={t('signIn.submit')} className="signin-form"
        onSubmit={() => void command.submit(async () => {
          const res = await desk.signIn({ pin });
          if (!res.ok) setPin('');
          return res;
        })}>
        {/* Locked by the idle timer, not signed out: say why, and that the form waits for its owner. */}
        {idleMinutes !== null && <p className="notice" role="status" data-testid="idle-locked">{t('signIn.lockedIdle', { minutes: idleMinutes })}</p>}
        <p className="intro"><strong>{storeName}</strong><br />{t('signIn.intro')}</p>
        <TextField name="pin" label={t('signIn.pin')} type="password" inputMode="numeric" autoFocus maxLength={8} value={pin}
          onChange={(v) => setPin(v.replace(/\D/g, ''))} />
      </CounterForm>
    </main>
  );
}
