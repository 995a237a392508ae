import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staff, StaffRole } from '../../shared/settings.js';
import { staffRoleSchema } from '../../shared/settings.js';
import { desk } from '../desk.js';
import { useApp } from '../state/app-store.js';
import { useDraft } from '../state/drafts.js';
import { CounterForm } from '../forms/CounterForm.js';
import { SelectField, TextField } from '../forms/fields.js';
import { useCommand } from '../forms/use-command.js';
import { ChangePinForm } from './ChangePinForm.js';

/** Everyone changes their own PIN here. */
function MyPin() {
  const { t } = useTranslation('ui');
  const [changed, setChanged] = useState(false);
  return (
    <>
      {changed && <p className="flash" role="status">{t('myPin.changed')}</p>}
      <ChangePinForm onChanged={() => setChanged(true)} />
    </>
  );
}

/** Who works at this desk; a manager adds people, each with their own PIN. */
export function StaffScreen() {
  const { session } = useApp();
  if (session?.staff?.role !== 'manager') return <section className="staff"><MyPin /></section>;
  return (
    <section className="staff">
      <StaffList />
      <MyPin />
    </section>
  );
}

function StaffList() {
  const { t } = useTranslation(['ui', 'terms']);
  const { setStaff, staffNames } = useApp();
  const [added, setAdded] = useState<string | null>(null);
  const [d, set, reset] = useDraft('staff', () => ({ name: '', role: 'clerk' as StaffRole, pin: '' }));
  const command = useCommand<Staff>({
    hintFor: (p) => (p === 'pin' ? t('ui:staff.pinHint') : undefined),
    onSaved: async (s) => {
      reset();
      setAdded(t('ui:staff.added', { name: s.name }));
      const all = await desk.listStaff({});
      if (all.ok) setStaff(all.value);
    },
  });
  return (
    <>
      <h1>{t('ui:staff.title')}</h1>
      <ul className="staff-list">{Object.entries(staffNames).map(([id, name]) => <li key={id}>{name}</li>)}</ul>
      {added && <p className="flash" role="status">{added}</p>}
      <CounterForm command={command} title={t('ui:staff.add')} submitLabel={t('ui:staff.submit')}
        onSubmit={() => void command.submit(() => desk.addStaff(d))}>
        <div className="row">
          <TextField name="name" label={t('ui:staff.name')} autoFocus maxLength={80} value={d.name} onChange={(name) => set({ name })} />
          <SelectField name="role" label={t('ui:staff.role')} value={d.role} onChange={(role) => set({ role })}
            options={staffRoleSchema.options.map((r) => ({ value: r, label: t(`terms:role.${r}`) }))} />
          <TextField name="pin" label={t('ui:staff.pin')} hint={t('ui:staff.pinHint')} type="password" inputMode="numeric" maxLength={8} value={d.pin}
            onChange={(v) => set({ pin: v.replace(/\D/g, '') })} />
        </div>
      </CounterForm>
    </>
  );
}
