import { useTranslation } from 'react-i18next';
import { headoffice } from '../../../shared/i18n/headoffice/en.js';
import type { ApiError } from './api.js';

const worded = new Set(Object.keys(headoffice.errors));

/** Head office's refusal in the user's language, by its code. */
export function useErrorWords() {
  const { t } = useTranslation();
  return (error: ApiError) => {
    const code = worded.has(error.code) ? error.code : 'other';
    return t(`errors.${code}`);
  };
}

/** Head office's refusal in the user's language, announced to screen readers. */
export function ErrorText({ error }: { error: ApiError | null }) {
  const words = useErrorWords();
  if (!error) return null;
  return <p className="error" role="alert">{words(error)}</p>;
}
