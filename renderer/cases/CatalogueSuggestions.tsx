import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../shared/api/sales.js';
import { desk } from '../desk.js';
import { formatMoney } from '../format/locale-format.js';

/** Items of the catalogue matching what is typed (a name in any language, a SKU or an EAN): one click fills the line. */
export function CatalogueSuggestions({ query, label, onPick }: { query: string; label: string; onPick(p: Product): void }) {
  const { t, i18n } = useTranslation('ui');
  const [found, setFound] = useState<{ query: string; items: Product[] }>({ query: '', items: [] });
  const q = query.trim();
  useEffect(() => {
    if (q.length < 2) return;
    let live = true;
    // A short pause while typing, so every keystroke does not cost a query.
    const timer = setTimeout(async () => {
      const res = await desk.searchCatalogue({ query: q, limit: 6 });
      if (live) setFound({ query: q, items: res.ok ? res.value : [] });
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q]);
  // What was found for an earlier text is not shown for this one.
  if (found.query !== q || found.items.length === 0) return null;
  return (
    <ul className="suggestions" aria-label={label}>
      {found.items.map((p) => (
        <li key={p.sku}>
          <button type="button" onClick={() => onPick(p)}>
            <span>{p.name}</span> <small>{[p.sku, p.gtins[0], p.price && formatMoney(p.price, i18n.language)].filter(Boolean).join(' · ')}</small>
            {!p.returnable && <small className="warn"> · {t('lines.notReturnable')}</small>}
          </button>
        </li>
      ))}
    </ul>
  );
}
