import { dashboardNamespace, dashboardStrings } from '../../../../shared/i18n/headoffice-dashboards/index.js';
import { contributeScreen, type ScreenProps } from '../extensions.js';
import { CaseHistory } from './CaseHistory.js';
import { CasesList } from './CasesList.js';
import { Overview } from './Overview.js';
import './dashboards.css';

/**
 * The dashboards' addresses: `/dashboards?from&to&region&store&by` (the figures),
 * `/dashboards/cases?…` (the cases behind one of them) and `/dashboards/cases/<id>` (a case's
 * history). Each is an address of its own, so Back returns to the one before.
 */
function DashboardsScreen(props: ScreenProps) {
  const [, , list, caseId] = location.pathname.split('/');
  if (list === 'cases' && caseId) return <CaseHistory {...props} caseId={decodeURIComponent(caseId)} />;
  if (list === 'cases') return <CasesList {...props} />;
  return <Overview {...props} />;
}

contributeScreen({
  path: '/dashboards',
  label: 'nav',
  roles: ['administrator', 'regional_manager', 'viewer'],
  order: 10,
  Screen: DashboardsScreen,
  strings: { namespace: dashboardNamespace, byLocale: dashboardStrings },
});
