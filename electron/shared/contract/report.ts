import { z } from 'zod';
import { defineCall } from './define';
import { DateRange, ExportRequest } from './visits';

/** A printable one-page report of a date range, saved as PDF on a destination from `media:list`. */
export const ReportRequest = DateRange.extend({
  /** Language of the whole page (words, chapter titles, showroom name). */
  language: z.enum(['zh-CN', 'en']),
  volumeId: ExportRequest.shape.volumeId,
}).strict();
export type ReportRequest = z.infer<typeof ReportRequest>;

/** Answer of `report:pdf`: where the PDF went (a new file on the volume, never a replaced one). */
export type ReportResult = Readonly<{ folder: string; name: string; bytes: number; sha256: string }>;

export const reportCalls = {
  'report:pdf': defineCall<ReportResult>()(
    'admin',
    ReportRequest,
    'Prints the one-page summary report (key figures against the previous period, visits per day, funnel, chapter dwell, languages) of a date range to PDF on a detected stick or export folder.',
  ),
} as const;
