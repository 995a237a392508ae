import { useTranslation } from 'react-i18next';
import { desk } from '../../desk.js';
import { CounterForm } from '../../forms/CounterForm.js';
import { TextArea, TextField } from '../../forms/fields.js';
import { pinRefusedAtField, useAction, type ActionProps } from './action-props.js';

/** A wrong return or exchange is never edited: a manager voids it the same day, with a reason. */
export function VoidForm(props: ActionProps) {
  const { t } = useTranslation('ui');
  const { draft: d, set, command } = useAction('void', props, () => ({ reason: '', pin: '' }));
  const save = () => void command.submit(async () =>
    pinRefusedAtField(await desk.voidCase({ caseId: props.caseId, reason: d.reason, approvalPin: d.pin }), () => set({ pin: '' }), t));
  return (
    <CounterForm command={command} submitLabel={t('action.voidSubmit')} onSubmit={save} className="danger-form">
      <TextArea name="reason" label={t('action.voidReason')} autoFocus maxLength={500} value={d.reason} onChange={(reason) => set({ reason })} />
      <TextField name="approvalPin" label={t('action.voidPin')} type="password" inputMode="numeric" maxLength={8} value={d.pin}
        onChange={(v) => set({ pin: v.replace(/\D/g, '') })} />
    </CounterForm>
  );
}
