import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeskPreferences } from '../../shared/api/staff.js';
import { desk } from '../desk.js';
import { useApp } from '../state/app-store.js';
import { CounterForm } from '../forms/CounterForm.js';
import { CheckField, TextField } from '../forms/fields.js';
import { useCommand } from '../forms/use-command.js';
import { usePreferences } from './preferences-store.js';

/** The idle lock's minutes and marked receipt copies: a manager sets them; everyone sees them. */
export function DeskPreferencesSection() {
  const { t } = useTranslation(['staff']);
  const isManager = useApp((s) => s.session?.staff?.role === 'manager');
  const { preferences, loaded } = usePreferences();
  const [minutes, setMinutes] = useState(String(preferences.idleLockMinutes));
  const [markedCopies, setMarkedCopies] = useState(preferences.markedCopies);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setMinutes(String(preferences.idleLockMinutes));
    setMarkedCopies(preferences.markedCopies);
  }, [preferences]);
  const command = useCommand<DeskPreferences>({
    hintFor: (p) => (p.endsWith('idleLockMinutes') ? t('staff:idle.minutesHint') : undefined),
    onSaved: (p) => {
      loaded(p);
      setSaved(true);
    },
  });
  const submit = () => void command.submit(() => desk.saveDeskPreferences({ preferences: { idleLockMinutes: Number(minutes), markedCopies } }));
  return (
    <CounterForm command={command} className="desk-preferences" title={t('staff:idle.title')} submitLabel={t('staff:list.save')} readOnly={!isManager} onSubmit={submit}>
      {saved && <p className="flash" role="status">{t('staff:idle.saved')}</p>}
      <TextField name="preferences.idleLockMinutes" label={t('staff:idle.minutes')} hint={t('staff:idle.minutesHint')} inputMode="numeric" maxLength={2}
        value={minutes} onChange={(v) => { setSaved(false); setMinutes(v.replace(/\D/g, '')); }} />
      <h2>{t('staff:copies.title')}</h2>
      <CheckField name="preferences.markedCopies" label={t('staff:copies.marked')} hint={`${t('staff:copies.markedHint')} ${t('staff:copies.customer')} / ${t('staff:copies.store')}`}
        checked={markedCopies} onChange={(v) => { setSaved(false); setMarkedCopies(v); }} />
    </CounterForm>
  );
}
