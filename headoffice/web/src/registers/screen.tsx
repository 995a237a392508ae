import { registersNamespace, registersStrings } from '../../../../shared/i18n/headoffice-registers/index.js';
import { registerRoles } from '../../../../shared/headoffice/registers.js';
import { contributeScreen } from '../extensions.js';
import { RegistersScreen } from './RegistersScreen.js';
import './registers.css';

contributeScreen({
  path: '/registers',
  label: 'nav',
  roles: registerRoles,
  order: 50,
  Screen: RegistersScreen,
  strings: { namespace: registersNamespace, byLocale: registersStrings },
});
