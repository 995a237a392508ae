import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { localeSchema, type Locale } from '../../../shared/domain/jurisdiction.js';
import { newUserSchema, passwordResetSchema, roles, userChangeSchema, type Role, type UserView } from '../../../shared/headoffice/access.js';
import { api, type ApiError } from './api.js';
import { ErrorText } from './ErrorText.js';
import { localeNames } from './i18n.js';
import { formatDay } from './format.js';
import { useLoad } from './use-load.js';

type Draft = { email: string; name: string; role: Role; stores: string; locale: Locale; password: string; disabled: boolean };
const emptyDraft: Draft = { email: '', name: '', role: 'viewer', stores: '', locale: 'en', password: '', disabled: false };
const storeList = (text: string) => text.split(/[\s,;]+/).filter(Boolean).map((s) => s.toUpperCase());

/** The fields zod (the same schema head office checks) finds wrong, or head office named. */
const wrongFields = (error: { issues: { path: PropertyKey[] }[] }) => error.issues.map((i) => String(i.path[0]));

/** One user's form: a new user (with email and password) or an existing one (with disabled). */
function UserForm({ user, onDone }: { user: UserView | null; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  // A new user speaks the language the administrator works in, until chosen otherwise.
  const [draft, setDraft] = useState<Draft>(user ? { ...emptyDraft, ...user, stores: user.stores.join(', '), password: '' }
    : { ...emptyDraft, locale: localeSchema.catch('en').parse(i18n.language) });
  const [invalid, setInvalid] = useState<string[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const id = (field: string) => `user-${user?.id ?? 'new'}-${field}`;
  const field = (name: keyof Draft, label: string, input: React.ReactNode, hint?: string) => (
    <div className="field">
      <label htmlFor={id(name)}>{label}</label>
      {input}
      {hint && <small id={id(`${name}-hint`)}>{hint}</small>}
    </div>
  );
  const attrs = (name: keyof Draft) => ({ id: id(name), 'aria-invalid': invalid.includes(name) || undefined });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = { name: draft.name, role: draft.role, stores: storeList(draft.stores), locale: draft.locale };
    const parsed = user ? userChangeSchema.safeParse({ ...body, disabled: draft.disabled }) : newUserSchema.safeParse({ ...body, email: draft.email, password: draft.password });
    if (!parsed.success) {
      setInvalid(wrongFields(parsed.error));
      setError({ code: 'malformed', message: '' });
      return;
    }
    const r = user ? await api<UserView>('PATCH', `/api/users/${user.id}`, parsed.data) : await api<UserView>('POST', '/api/users', parsed.data);
    if (!r.ok) {
      setInvalid(r.error.fields ?? []);
      return setError(r.error);
    }
    onDone(user ? t('users.saved') : t('users.created', { email: r.value.email }));
  };

  return (
    <form className="user-form" onSubmit={(e) => void submit(e)} aria-label={user ? t('users.edit', { name: user.name }) : t('users.add')}>
      {!user && field('email', t('users.email'), <input type="email" required autoComplete="off" {...attrs('email')} value={draft.email} onChange={(e) => set('email', e.target.value)} />)}
      {field('name', t('users.name'), <input required {...attrs('name')} value={draft.name} onChange={(e) => set('name', e.target.value)} />)}
      {field('role', t('users.role'), (
        <select {...attrs('role')} value={draft.role} onChange={(e) => set('role', e.target.value as Role)}>
          {roles.map((r) => <option key={r} value={r}>{t(`roles.${r}`)}</option>)}
        </select>
      ))}
      {draft.role === 'regional_manager' && field('stores', t('users.stores'), <input {...attrs('stores')} aria-describedby={id('stores-hint')} value={draft.stores} onChange={(e) => set('stores', e.target.value)} />, t('users.storesHint'))}
      {field('locale', t('users.locale'), (
        <select {...attrs('locale')} value={draft.locale} onChange={(e) => set('locale', localeSchema.parse(e.target.value))}>
          {localeSchema.options.map((l) => <option key={l} value={l} lang={l}>{localeNames[l]}</option>)}
        </select>
      ))}
      {!user && field('password', t('users.password'), <input type="password" required autoComplete="new-password" {...attrs('password')} aria-describedby={id('password-hint')} value={draft.password} onChange={(e) => set('password', e.target.value)} />, t('users.passwordHint'))}
      {user && <label className="check"><input type="checkbox" checked={draft.disabled} onChange={(e) => set('disabled', e.target.checked)} /> {t('users.disabled')}</label>}
      <ErrorText error={error} />
      <button type="submit">{user ? t('users.save') : t('users.add')}</button>
    </form>
  );
}

/** A new password for a user, set by the administrator: every session of theirs ends. */
function PasswordForm({ user, onDone }: { user: UserView; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = passwordResetSchema.safeParse({ password });
    if (!parsed.success) return setError({ code: 'malformed', message: '' });
    const r = await api('POST', `/api/users/${user.id}/password`, parsed.data);
    if (!r.ok) return setError(r.error);
    setPassword('');
    onDone(t('users.passwordSet'));
  };
  return (
    <form className="user-form" onSubmit={(e) => void submit(e)} aria-label={t('users.setPassword')}>
      <div className="field">
        <label htmlFor={`password-${user.id}`}>{t('users.newPassword')}</label>
        <input id={`password-${user.id}`} type="password" autoComplete="new-password" required aria-invalid={error ? true : undefined} aria-describedby={`password-${user.id}-hint`} value={password} onChange={(e) => setPassword(e.target.value)} />
        <small id={`password-${user.id}-hint`}>{t('users.passwordHint')}</small>
      </div>
      <ErrorText error={error} />
      <button type="submit">{t('users.setPassword')}</button>
    </form>
  );
}

/** Head-office users (administrators only): add, edit, disable, set a password. */
export function UsersScreen({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const [reload, setReload] = useState(0);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [message, setMessage] = useState('');
  const { data, error } = useLoad<UserView[]>('/api/users', reload);
  const done = (text: string) => {
    setMessage(text);
    setEditing(null);
    setReload((n) => n + 1);
  };
  const selected = data?.find((u) => u.id === editing) ?? null;

  return (
    <section aria-labelledby="users-heading">
      <h1 id="users-heading">{t('users.heading')}</h1>
      <p role="status">{message}</p>
      <ErrorText error={error} />
      {editing === null && <button type="button" onClick={() => setEditing('new')}>{t('users.add')}</button>}
      {editing !== null && (
        <div className="editor">
          <h2>{selected ? t('users.edit', { name: selected.name }) : t('users.add')}</h2>
          <UserForm key={String(editing)} user={selected} onDone={done} />
          {selected && <PasswordForm user={selected} onDone={done} />}
          <button type="button" onClick={() => setEditing(null)}>{t('users.cancel')}</button>
        </div>
      )}
      {data && (
        <table>
          <thead>
            <tr>{(['name', 'email', 'role', 'stores', 'locale', 'state'] as const).map((c) => <th key={c} scope="col">{t(`users.${c}`)}</th>)}<th scope="col">{t('users.actions')}</th></tr>
          </thead>
          <tbody>
            {data.map((u) => (
              <tr key={u.id}>
                <td>{u.name}</td>
                <td>{u.email}</td>
                <td>{t(`roles.${u.role}`)}</td>
                <td>{u.stores.join(', ')}</td>
                <td>{localeNames[u.locale]}</td>
                <td title={formatDay(u.createdAt.slice(0, 10), locale)}>{u.disabled ? t('users.disabled') : t('users.active')}</td>
                <td><button type="button" onClick={() => setEditing(u.id)}>{t('users.edit', { name: u.name })}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
