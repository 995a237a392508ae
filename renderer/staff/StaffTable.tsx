import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffMember } from '../../shared/api/staff.js';
import { staffRoleSchema, type StaffRole } from '../../shared/settings.js';
import { desk } from '../desk.js';
import { useApp } from '../state/app-store.js';
import { CounterForm } from '../forms/CounterForm.js';
import { SelectField, TextField } from '../forms/fields.js';
import { useCommand } from '../forms/use-command.js';

type Editing = { id: string; what: 'details' | 'pin' } | null;

/** A manager renames a person or changes their role. */
function EditMember({ member, done }: { member: StaffMember; done(message: string): void }) {
  const { t } = useTranslation(['staff', 'terms', 'ui']);
  const [d, setD] = useState({ name: member.name, role: member.role as StaffRole });
  const command = useCommand<StaffMember>({ onSaved: (m) => done(t('staff:list.updated', { name: m.name })) });
  return (
    <CounterForm command={command} className="staff-edit" submitLabel={t('staff:list.save')}
      onSubmit={() => void command.submit(() => desk.updateStaffMember({ staffId: member.id, ...d }))}>
      <div className="row">
        <TextField name="name" label={t('staff:list.name')} autoFocus maxLength={80} value={d.name} onChange={(name) => setD({ ...d, name })} />
        <SelectField name="role" label={t('staff:list.role')} value={d.role} onChange={(role) => setD({ ...d, role })}
          options={staffRoleSchema.options.map((r) => ({ value: r, label: t(`terms:role.${r}`) }))} />
      </div>
    </CounterForm>
  );
}

/** A manager gives a person who forgot their PIN a new one; they choose their own at the next sign-in. */
function ResetPin({ member, done }: { member: StaffMember; done(message: string): void }) {
  const { t } = useTranslation(['staff', 'ui']);
  const [pin, setPin] = useState('');
  const command = useCommand<StaffMember>({
    hintFor: (p) => (p === 'pin' ? t('ui:staff.pinHint') : undefined),
    onSaved: (m) => done(t('staff:list.pinReset', { name: m.name })),
  });
  return (
    <CounterForm command={command} className="staff-edit" submitLabel={t('staff:list.resetPin')}
      onSubmit={() => void command.submit(() => desk.resetStaffPin({ staffId: member.id, pin }))}>
      <TextField name="pin" label={t('staff:list.newPin', { name: member.name })} hint={t('staff:list.newPinHint')} type="password" inputMode="numeric"
        maxLength={8} autoFocus value={pin} onChange={(v) => setPin(v.replace(/\D/g, ''))} />
    </CounterForm>
  );
}

/** Everyone who works or worked at this desk, for a manager: edit, new PIN, deactivate or bring back. */
export function StaffTable({ refreshKey }: { refreshKey: number }) {
  const { t } = useTranslation(['staff', 'terms']);
  const { session, setStaff } = useApp();
  const [members, setMembers] = useState<StaffMember[]>([]);
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const load = useCallback(async () => {
    const r = await desk.listStaffMembers({});
    if (r.ok) setMembers(r.value);
    const names = await desk.listStaff({});
    if (names.ok) setStaff(names.value);
  }, [setStaff]);
  useEffect(() => void load(), [load, refreshKey]);
  const done = (text: string) => {
    setEditing(null);
    setMessage({ text, alert: false });
    void load();
  };
  const toggle = async (m: StaffMember) => {
    const r = await desk.setStaffActive({ staffId: m.id, active: !m.active });
    if (r.ok) done(t(r.value.active ? 'staff:list.reactivated' : 'staff:list.deactivated', { name: m.name }));
    else setMessage({ text: r.error.message, alert: true });
  };
  const open = (id: string, what: 'details' | 'pin') => {
    setMessage(null);
    setEditing(editing?.id === id && editing.what === what ? null : { id, what });
  };
  return (
    <section className="staff-members">
      <h1>{t('staff:list.title')}</h1>
      {message && <p className={message.alert ? 'form-summary' : 'flash'} role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
      <table className="cases staff-table">
        <thead>
          <tr><th>{t('staff:list.name')}</th><th>{t('staff:list.role')}</th><th>{t('staff:list.state')}</th><th>{t('staff:list.actions')}</th></tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.id} className={m.active ? undefined : 'inactive'}>
              <td>
                {m.name}{m.id === session?.staff?.id && ` (${t('staff:list.you')})`}
                {editing?.id === m.id && editing.what === 'details' && <EditMember member={m} done={done} />}
                {editing?.id === m.id && editing.what === 'pin' && <ResetPin member={m} done={done} />}
              </td>
              <td>{t(`terms:role.${m.role}`)}</td>
              <td>{m.active ? t('staff:list.active') : t('staff:list.inactive')}{m.mustChangePin && ` · ${t('staff:list.mustChangePin')}`}</td>
              <td className="actions">
                <button type="button" className="link" aria-label={`${t('staff:list.edit')}: ${m.name}`} onClick={() => open(m.id, 'details')}>{t('staff:list.edit')}</button>
                <button type="button" className="link" aria-label={`${t('staff:list.resetPin')}: ${m.name}`} onClick={() => open(m.id, 'pin')}>{t('staff:list.resetPin')}</button>
                <button type="button" className="link" aria-label={`${t(m.active ? 'staff:list.deactivate' : 'staff:list.reactivate')}: ${m.name}`} onClick={() => void toggle(m)}>
                  {t(m.active ? 'staff:list.deactivate' : 'staff:list.reactivate')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('staff:list.headOffice')}</p>
    </section>
  );
}
