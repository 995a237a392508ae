import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../shared/api/sync.js';
import { desk } from '../desk.js';
import { CounterForm } from '../forms/CounterForm.js';
import { TextField } from '../forms/fields.js';
import { useCommand } from '../forms/use-command.js';
import { useSync } from './sync-store.js';

/** Head office's address and the one-time code it issued for this store and desk. */
export function EnrollForm({ again, onEnrolled }: { again: boolean; onEnrolled?(status: SyncStatus): void }) {
  const { t } = useTranslation(['sync']);
  const [url, setUrl] = useState(() => useSync.getState().status?.headOffice ?? '');
  const [code, setCode] = useState('');
  const [done, setDone] = useState(false);
  const command = useCommand<SyncStatus>({
    onSaved: (status) => {
      useSync.getState().set(status);
      setCode('');
      setDone(true);
      onEnrolled?.(status);
    },
    hintFor: (path) => (path === 'url' ? t('sync:urlHint') : path === 'code' ? t('sync:codeHint') : undefined),
  });
  return (
    <CounterForm command={command} title={t(again ? 'sync:reenrollTitle' : 'sync:enrollTitle')} submitLabel={t('sync:connect')}
      onSubmit={() => {
        setDone(false);
        void command.submit(() => desk.enroll({ url: url.trim(), code: code.trim() }));
      }}
      footer={done && <span className="flash" role="status">{t('sync:connected')}</span>}>
      {!again && <p>{t('sync:enrollIntro')}</p>}
      <div className="row">
        <TextField name="url" label={t('sync:url')} hint={t('sync:urlHint')} className="grow" value={url} onChange={setUrl} />
        <TextField name="code" label={t('sync:code')} hint={t('sync:codeHint')} maxLength={40} value={code} onChange={setCode} />
      </div>
    </CounterForm>
  );
}
