import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staff } from '../../shared/settings.js';
import { desk } from '../desk.js';
import { CounterForm } from '../forms/CounterForm.js';
import { TextField } from '../forms/fields.js';
import { useCommand } from '../forms/use-command.js';
import type { FieldErrors } from '../forms/field-errors.js';

const digits = (v: string) => v.replace(/\D/g, '');

/** Anyone changes their own PIN: the current one proves it is them, the new one is typed twice. */
export function ChangePinForm({ onChanged, autoFocus = false }: { onChanged(s: Staff): void; autoFocus?: boolean }) {
  const { t } = useTranslation('ui');
  const [d, setD] = useState({ currentPin: '', newPin: '', repeat: '' });
  const set = (change: Partial<typeof d>) => setD((cur) => ({ ...cur, ...change }));
  const command = useCommand<Staff>({
    hintFor: (p) => (p === 'newPin' ? t('myPin.hint') : undefined),
    onSaved: (s) => {
      setD({ currentPin: '', newPin: '', repeat: '' });
      onChanged(s);
    },
  });
  const submit = () => {
    const local: FieldErrors = d.newPin !== d.repeat ? { repeat: t('setup.pinMismatch') } : {};
    void command.submit(() => desk.changeOwnPin({ currentPin: d.currentPin, newPin: d.newPin }), local);
  };
  const pinField = (name: keyof typeof d, label: string, hint?: string) => (
    <TextField name={name} label={label} hint={hint} type="password" inputMode="numeric" maxLength={8} autoFocus={autoFocus && name === 'currentPin'}
      value={d[name]} onChange={(v) => set({ [name]: digits(v) })} />
  );
  return (
    <CounterForm command={command} title={t('myPin.title')} submitLabel={t('myPin.submit')} onSubmit={submit}>
      <div className="row">
        {pinField('currentPin', t('myPin.current'))}
        {pinField('newPin', t('myPin.new'), t('myPin.hint'))}
        {pinField('repeat', t('myPin.repeat'))}
      </div>
    </CounterForm>
  );
}
