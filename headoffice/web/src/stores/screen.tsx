import type { SessionView } from '../../../../shared/headoffice/access.js';
import { storesNamespace, storesStrings } from '../../../../shared/i18n/headoffice-stores/index.js';
import { contributeScreen, type ScreenProps } from '../extensions.js';
import { useLoad } from '../use-load.js';
import { StoresScreen } from './StoresScreen.js';
import './stores.css';

/** Shows the administrator's controls only to an administrator (head office refuses them to anyone else anyway). */
function Stores(props: ScreenProps) {
  const { data } = useLoad<SessionView>('/api/session');
  return data ? <StoresScreen {...props} role={data.user.role} /> : null;
}

contributeScreen({
  path: '/stores',
  label: 'nav',
  roles: ['administrator', 'regional_manager', 'viewer'],
  order: 60,
  Screen: Stores,
  strings: { namespace: storesNamespace, byLocale: storesStrings },
});
