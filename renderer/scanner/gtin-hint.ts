import { useTranslation } from 'react-i18next';
import { isValidGtin, looksLikeGtin } from '../../shared/domain/gtin.js';

/**
 * A hint under a code field typed by hand: a wrong check digit means a mistyped EAN. Only a hint,
 * as a shop's own article numbers may be digits of the same length.
 */
export function useGtinHint() {
  const { t } = useTranslation('ui');
  return (typed: string) => {
    const code = typed.trim();
    return looksLikeGtin(code) && !isValidGtin(code) ? t('scan.typedCheckDigit') : undefined;
  };
}
