import { useTranslation } from 'react-i18next';

/** A filter's choice among `values` (labelled by `label`), or all. */
export function FilterSelect({ name, values, value, onChange, label = (v) => v }: {
  name: string; values: readonly string[]; value: string; onChange: (v: string) => void; label?: (v: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <label>
      {name}{' '}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('filter.all')}</option>
        {values.map((v) => <option key={v} value={v}>{label(v)}</option>)}
      </select>
    </label>
  );
}
