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
import { StaffTable } from './StaffTable.js';

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
  return <ManagedStaff />;
}

/** A manager's view: everyone with what may be done to them, then adding a person, then their own PIN. */
function ManagedStaff() {
  const [added, setAdded] = useState(0);
  return (
    <section className="staff">
      <StaffTable refreshKey={added} />
      <AddStaff onAdded={() => setAdded((n) => n + 1)} />
      <MyPin />
    </section>
  );
}

function AddStaff({ onAdded }: { onAdded(): void }) {
  const { t } = useTranslation(['ui', 'terms']);
  const [added, setAdded] = useState<string | null>(null);
  const [d, set, reset] = useDraft('staff', () => ({ name: '', role: 'clerk' as StaffRole, pin: '' }));
  const command = useCommand<Staff>({
    hintFor: (p) => (p === 'pin' ? t('ui:staff.pinHint') : undefined),
    onSaved: (s) => {
      reset();
      setAdded(t('ui:staff.added', { name: s.name }));
      onAdded();
    },
  });
  return (
    <>
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
