import { useTranslation } from 'react-i18next';
import { closedHowSchema, outcomeSchema, remedySchema, sentToSchema, type Remedy } from '../../../shared/domain/events.js';
import { desk } from '../../desk.js';
import { CounterForm } from '../../forms/CounterForm.js';
import { SelectField, TextArea } from '../../forms/fields.js';
import { useAction, type ActionProps } from './action-props.js';

type SentTo = (typeof sentToSchema.options)[number];

/** received/in progress -> in progress: worked on here, or sent to the service centre or the supplier. */
export function ProgressForm(props: ActionProps) {
  const { t } = useTranslation(['ui', 'terms']);
  const { draft: d, set, command } = useAction('progress', props, () => ({ sentTo: '' as SentTo | '', note: '' }));
  return (
    <CounterForm command={command} submitLabel={t('ui:action.progress')}
      onSubmit={() => void command.submit(() => desk.progressComplaint({ caseId: props.caseId, sentTo: d.sentTo || undefined, note: d.note.trim() || undefined }))}>
      <SelectField name="sentTo" label={t('ui:action.sentTo')} autoFocus value={d.sentTo} onChange={(sentTo) => set({ sentTo })}
        options={[{ value: '' as const, label: t('ui:action.notSent') }, ...sentToSchema.options.map((s) => ({ value: s, label: t(`terms:sentTo.${s}`) }))]} />
      <TextArea name="note" label={t('ui:action.note')} maxLength={2000} value={d.note} onChange={(note) => set({ note })} />
    </CounterForm>
  );
}

/** Settles the claim: accepted, partly, or rejected — a rejection always with its reasons. */
export function ResolveForm(props: ActionProps & { requested: Remedy }) {
  const { t } = useTranslation(['ui', 'terms']);
  const { draft: d, set, command } = useAction('resolve', props, () => ({
    outcome: 'accepted' as (typeof outcomeSchema.options)[number], method: props.requested, reason: '', note: '',
  }));
  const save = () => void command.submit(() => desk.resolveComplaint({
    caseId: props.caseId, outcome: d.outcome, method: d.outcome === 'rejected' ? undefined : d.method,
    reason: d.reason.trim() || undefined, note: d.note.trim() || undefined,
  }));
  return (
    <CounterForm command={command} submitLabel={t('ui:action.resolve')} onSubmit={save}>
      <div className="row">
        <SelectField name="outcome" label={t('ui:action.outcome')} autoFocus value={d.outcome} onChange={(outcome) => set({ outcome })}
          options={outcomeSchema.options.map((o) => ({ value: o, label: t(`terms:outcome.${o}`) }))} />
        {d.outcome !== 'rejected' && (
          <SelectField name="method" label={t('ui:action.method')} value={d.method} onChange={(method) => set({ method })}
            options={remedySchema.options.map((r) => ({ value: r, label: t(`terms:remedy.${r}`) }))} />
        )}
      </div>
      <TextArea name="reason" label={t('ui:action.reason')} maxLength={2000} value={d.reason} onChange={(reason) => set({ reason })} />
      <TextArea name="note" label={t('ui:action.note')} maxLength={2000} value={d.note} onChange={(note) => set({ note })} />
    </CounterForm>
  );
}

/** resolved -> closed: the customer was told, or took the item back. */
export function CloseForm(props: ActionProps) {
  const { t } = useTranslation(['ui', 'terms']);
  const { draft: d, set, command } = useAction('close', props, () => ({ how: 'customer_informed' as (typeof closedHowSchema.options)[number], note: '' }));
  return (
    <CounterForm command={command} submitLabel={t('ui:action.close')}
      onSubmit={() => void command.submit(() => desk.closeComplaint({ caseId: props.caseId, how: d.how, note: d.note.trim() || undefined }))}>
      <SelectField name="how" label={t('ui:action.how')} autoFocus value={d.how} onChange={(how) => set({ how })}
        options={closedHowSchema.options.map((h) => ({ value: h, label: t(`terms:closedHow.${h}`) }))} />
      <TextArea name="note" label={t('ui:action.note')} maxLength={2000} value={d.note} onChange={(note) => set({ note })} />
    </CounterForm>
  );
}
