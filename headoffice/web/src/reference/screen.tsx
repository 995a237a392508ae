import { referenceNamespace, referenceStrings } from '../../../../shared/i18n/headoffice-reference/index.js';
import { contributeScreen } from '../extensions.js';
import { ReferenceScreen } from './ReferenceScreen.js';
import './reference.css';

contributeScreen({
  path: '/reference',
  label: 'nav',
  // Regional managers read the chain's and their region's; head office refuses them every change.
  roles: ['administrator', 'regional_manager'],
  order: 70,
  Screen: ReferenceScreen,
  strings: { namespace: referenceNamespace, byLocale: referenceStrings },
});
