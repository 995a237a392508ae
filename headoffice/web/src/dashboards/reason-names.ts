import type { DashboardReasons } from '../../../../shared/headoffice/dashboards.js';
import { useLoad } from '../use-load.js';

/** Head office's names of its reason codes, which the tables and the drill-down's heading name reasons by (`keyLabel`). */
export const useReasonNames = () => useLoad<DashboardReasons>('/api/dashboards/reasons');
