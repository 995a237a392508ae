import { useTranslation } from 'react-i18next';
import { desk } from '../../desk.js';
import { CounterForm } from '../../forms/CounterForm.js';
import { TextArea, TextField } from '../../forms/fields.js';
import { pinRefusedAtField, useAction, type ActionProps } from './action-props.js';

/** A manager says what was done about an over-refund head office found (paid back, loss accepted…). */
export function SettleConflictForm(props: ActionProps) {
  const { t } = useTranslation('ui');
  const { draft: d, set, command } = useAction('settle', props, () => ({ note: '', pin: '' }));
  const save = () => void command.submit(async () =>
    pinRefusedAtField(await desk.settleConflict({ caseId: props.caseId, note: d.note, approvalPin: d.pin }), () => set({ pin: '' }), t));
  return (
    <CounterForm command={command} submitLabel={t('conflict.settle')} onSubmit={save}>
      <TextArea name="note" label={t('conflict.note')} hint={t('conflict.noteHint')} maxLength={500} value={d.note} onChange={(note) => set({ note })} />
      <TextField name="approvalPin" label={t('action.voidPin')} type="password" inputMode="numeric" maxLength={8} value={d.pin}
        onChange={(v) => set({ pin: v.replace(/\D/g, '') })} />
    </CounterForm>
  );
}
