import { describe, expect, it } from 'vitest';
import { REPORT_STRINGS } from '../../electron/core/report/report-strings';
import { VISIT_LABELS } from '../../electron/shared/visit-labels';
import { dashboardStrings } from '../../renderer/admin/dashboard/strings';

describe('visit labels', () => {
  it('the dashboard and the printed report name end reasons and funnel steps alike, in both languages', () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const dash = dashboardStrings(language);
      const report = REPORT_STRINGS[language];
      expect(dash.endReasonNames).toEqual(report.endReasonNames);
      expect(dash.endReasonNames).toEqual(VISIT_LABELS[language].endReasonNames);
      const { hub: _hub, ...dashSteps } = dash.funnelSteps;
      expect(dashSteps).toEqual(report.funnelSteps);
      for (const key of ['median', 'p75', 'seconds', 'minutes', 'engagedMedian', 'noData'] as const)
        expect(dash[key]).toBe(report[key]);
    }
  });
});
