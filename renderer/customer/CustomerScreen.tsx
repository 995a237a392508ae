import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { maxCustomerComment, type CustomerScreenView } from '../../shared/api/customer.js';
import type { CustomerScreenApi } from './customer-client.js';

type Solved = 'yes' | 'partly' | 'no';
type Answer = { solved?: Solved; score?: number; comment: string };
const solvedOptions: Solved[] = ['yes', 'partly', 'no'];
const scores = [1, 2, 3, 4, 5];
/** How often the screen asks the desk whether a question is open (cheap: IPC or loopback). */
const pollMs = 1000;
/** How long the thanks stay before the screen is idle again. */
export const thanksMs = 6000;

/**
 * The customer's own screen: idle (the store's name) until the counter opens a question, then the
 * question in the customer's language; thanks after an answer, then idle again. It holds nothing
 * but the open question's one-time id.
 */
export function CustomerScreen({ api, onLanguage }: { api: CustomerScreenApi; onLanguage(lang: string): void }) {
  const { t } = useTranslation('customer');
  const [view, setView] = useState<CustomerScreenView | null>(null);
  const [thanked, setThanked] = useState<'thanks' | 'gone' | null>(null);

  useEffect(() => {
    let alive = true;
    const poll = async () => {
      const res = await api.customerScreen({});
      if (alive && res.ok) setView(res.value);
    };
    void poll();
    const timer = setInterval(() => void poll(), pollMs);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [api]);

  useEffect(() => {
    if (!thanked) return;
    const timer = setTimeout(() => setThanked(null), thanksMs);
    return () => clearTimeout(timer);
  }, [thanked]);

  const prompt = view?.prompt ?? null;
  const language = prompt?.language ?? view?.language;
  useEffect(() => {
    if (language) onLanguage(language);
  }, [language, onLanguage]);

  if (thanked) {
    return (
      <section className="customer-panel" aria-live="polite">
        <h1>{t(thanked)}</h1>
        {thanked === 'thanks' && <p className="customer-lead">{t('thanksDetail')}</p>}
      </section>
    );
  }
  if (!prompt) {
    return (
      <section className="customer-panel customer-idle">
        <p className="customer-lead">{t('welcome')}</p>
        <h1>{view?.storeName ?? ''}</h1>
      </section>
    );
  }
  return <Question key={prompt.id} t={t} promptId={prompt.id} api={api} done={setThanked} />;
}

function Question({ t, promptId, api, done }: { t: TFunction; promptId: string; api: CustomerScreenApi; done(message: 'thanks' | 'gone'): void }) {
  const [a, setA] = useState<Answer>({ comment: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  const send = async () => {
    if (!a.solved || !a.score) return setProblem(t('pickBoth'));
    setSending(true);
    const comment = a.comment.trim();
    const res = await api.answerCustomerPrompt({ promptId, solved: a.solved, score: a.score, ...(comment ? { comment } : {}) });
    setSending(false);
    if (res.ok) done('thanks');
    else if (res.error.code === 'feedback_prompt_gone') done('gone');
    else setProblem(t('failed'));
  };

  return (
    <form className="customer-panel" onSubmit={(e) => { e.preventDefault(); void send(); }}>
      <fieldset className="customer-choice">
        <legend><h1>{t('question')}</h1></legend>
        {solvedOptions.map((s) => (
          <button key={s} type="button" aria-pressed={a.solved === s} onClick={() => setA({ ...a, solved: s })}>{t(`solved.${s}`)}</button>
        ))}
      </fieldset>
      <fieldset className="customer-choice customer-stars">
        <legend><h2>{t('rate')}</h2></legend>
        {scores.map((n) => (
          <button key={n} type="button" aria-pressed={a.score === n} aria-label={t('star', { score: n })} onClick={() => setA({ ...a, score: n })}>{n}</button>
        ))}
      </fieldset>
      <label className="customer-comment">
        <span>{t('comment')}</span>
        <textarea value={a.comment} maxLength={maxCustomerComment} rows={3} onChange={(e) => setA({ ...a, comment: e.target.value })} />
        <small>{t('commentCount', { count: a.comment.length, max: maxCustomerComment })}</small>
      </label>
      {problem && <p role="alert" className="customer-problem">{problem}</p>}
      <button type="submit" className="customer-send" disabled={sending}>{t('send')}</button>
    </form>
  );
}
