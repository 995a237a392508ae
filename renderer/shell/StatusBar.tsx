import { useTranslation } from 'react-i18next';
import { useApp } from '../state/app-store.js';
import { formatDay, localToday } from '../format/locale-format.js';
import { shellExtensions } from './extensions.js';

/** Who and where: store, desk, the person signed in; other areas add their items (sync status). */
export function StatusBar() {
  const { t, i18n } = useTranslation(['ui', 'terms']);
  const session = useApp((s) => s.session);
  const setup = session?.setup;
  const staff = session?.staff;
  return (
    <footer className="status-bar">
      {setup && <span>{t('status.desk', { store: `${setup.storeName} (${setup.storeCode})`, desk: setup.deskCode })}</span>}
      {staff && <span>{t('status.signedIn', { name: staff.name, role: t(`terms:role.${staff.role}`) })}</span>}
      <span>{t('status.today', { date: formatDay(localToday(), i18n.language) })}</span>
      <span className="status-extensions">
        {shellExtensions.statusItems.map(({ id, Item }) => <Item key={id} />)}
      </span>
    </footer>
  );
}
