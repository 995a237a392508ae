import { useTranslation } from 'react-i18next';
import { desk } from '../../desk.js';
import { CounterForm } from '../../forms/CounterForm.js';
import { TextArea } from '../../forms/fields.js';
import { useAction, type ActionProps } from './action-props.js';

/** A note on any case: a call to the customer, a promise made, a detail to remember. */
export function NoteForm(props: ActionProps) {
  const { t } = useTranslation('ui');
  const { draft: d, set, command } = useAction('note', props, () => ({ text: '' }));
  return (
    <CounterForm command={command} submitLabel={t('action.addNote')} onSubmit={() => void command.submit(() => desk.addNote({ caseId: props.caseId, text: d.text }))}>
      <TextArea name="text" label={t('action.noteText')} hint={t('form.ctrlEnter')} autoFocus maxLength={2000} value={d.text} onChange={(text) => set({ text })} />
    </CounterForm>
  );
}
