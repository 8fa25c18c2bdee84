/** The database layer: open + PRAGMAs, migrations, repositories. */
export { openDatabase, type OpenOptions } from './open';
export { migrate, DatabaseTooNewError } from './migrate';
export { MIGRATIONS, type Migration } from './migrations';
export { createVisitRepo, type VisitRepo, type LogItem, type WriteOutcome } from './visit-repo';
export { createAlertRepo, type AlertRepo, type AlertRow } from './alert-repo';
export { createIntegrityRepo, type IntegrityRepo, type IntegrityRow } from './integrity-repo';
export { createAuditRepo, type AuditRepo, type AuditRecord, type StoredAuditRecord } from './audit-repo';
export { createStatsRepo, type StatsRepo, type StatsWindow } from './stats-repo';
export {
  createExportRepo,
  readDataVersion,
  type ExportRepo,
  type ExportFormat,
  type EventPage,
  type VisitPage,
  VISIT_COLUMNS,
  EVENT_COLUMNS,
  VISIT_LOCAL_COLUMNS,
  EVENT_LOCAL_COLUMNS,
  type CsvLocal,
} from './export-repo';
export { isPoisonError, errorCode } from './db-errors';
export {
  createDashboardRepo,
  type DashboardRepo,
  type HeatRow,
  type ReachRow,
  type EngagedRow,
  type ChapterDwellRow,
  type NarrationRow,
} from './dashboard-repo';
export { createDailyRepo, type DailyRow } from './daily-repo';
export { createWorkbookRepo, type WorkbookRepo, type WorkbookVisit, type EventRowsXml, type EventRowsPage } from './workbook-repo';
