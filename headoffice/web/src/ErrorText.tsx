import { useTranslation } from 'react-i18next';
import { headoffice } from '../../../shared/i18n/headoffice/en.js';
import type { ApiError } from './api.js';

const worded = new Set(Object.keys(headoffice.errors));

/** Head office's refusal in the user's language (by its code), announced to screen readers. */
export function ErrorText({ error }: { error: ApiError | null }) {
  const { t } = useTranslation();
  if (!error) return null;
  const code = worded.has(error.code) ? error.code : 'other';
  return <p className="error" role="alert">{t(`errors.${code}`)}</p>;
}
