import { useTranslation } from 'react-i18next';
import { storesNamespace } from '../../../../shared/i18n/headoffice-stores/index.js';
import { stores as en } from '../../../../shared/i18n/headoffice-stores/en.js';
import type { ApiError } from '../api.js';
import { ErrorText } from '../ErrorText.js';

/** A refusal in this screen's words when it has them (store_exists…), else in head office's. */
export function StoresError({ error }: { error: ApiError | null }) {
  const { t } = useTranslation(storesNamespace);
  if (error && error.code in en.errors) return <p className="error" role="alert">{t(`errors.${error.code}`)}</p>;
  return <ErrorText error={error} />;
}
