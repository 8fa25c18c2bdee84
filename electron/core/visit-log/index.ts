/** The visit log: durable offline store, batching logger, statistics, export, health. */
export { createVisitLog, visitDatabaseFile, type VisitLog, type VisitLogOptions } from './visit-log';
export { createVisitHandlers, type VisitCallName } from './handlers';
export { createVisitLogger, type VisitLogger, type BatchStore, type LoggerOptions } from './logger';
export { runExport, type ExportOptions } from './export';
export { statsSummary } from './stats';
export { statsDashboard } from './stats-dashboard';
export { localDateWindow, systemUtcOffsetMinutes } from './date-range';
export { openCheckedDatabase, quarantineName } from './open-checked';
export { parseItem } from './validate';
