import { useTranslation } from 'react-i18next';
import { desk } from '../../desk.js';
import { CounterForm } from '../../forms/CounterForm.js';
import { Field, SelectField, TextArea } from '../../forms/fields.js';
import { useAction, type ActionProps } from './action-props.js';

const scores = [1, 2, 3, 4, 5] as const;
type Solved = 'yes' | 'partly' | 'no';

/** The short survey: how well were you served (1–5), was your problem solved, anything to add. */
export function FeedbackForm(props: ActionProps) {
  const { t } = useTranslation(['ui', 'terms']);
  const { draft: d, set, command } = useAction('feedback', props, () => ({ score: 0, solved: 'yes' as Solved, comment: '' }));
  const save = () => void command.submit(
    () => desk.recordFeedback({ caseId: props.caseId, score: d.score, solved: d.solved, comment: d.comment.trim() || undefined }),
    d.score ? {} : { score: t('ui:form.fieldInvalid') },
  );
  return (
    <CounterForm command={command} submitLabel={t('ui:action.feedback')} onSubmit={save}>
      <Field name="score" label={t('ui:action.score')}>
        {(p) => (
          <div className="score" role="radiogroup" aria-label={t('ui:action.score')} id={p.id} aria-invalid={p['aria-invalid']}>
            {scores.map((s) => (
              <label key={s} className={d.score === s ? 'score-option chosen' : 'score-option'}>
                <input type="radio" name="score" value={s} checked={d.score === s} onChange={() => set({ score: s })} />
                {s}
              </label>
            ))}
          </div>
        )}
      </Field>
      <SelectField name="solved" label={t('ui:action.solved')} value={d.solved} onChange={(solved) => set({ solved })}
        options={(['yes', 'partly', 'no'] as const).map((s) => ({ value: s, label: t(`terms:solved.${s}`) }))} />
      <TextArea name="comment" label={t('ui:action.comment')} maxLength={1000} value={d.comment} onChange={(comment) => set({ comment })} />
    </CounterForm>
  );
}
