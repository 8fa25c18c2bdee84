import { useCallback, useEffect, useState } from 'react';
import { kioskApi } from '../../api/kiosk-api';
import {
  adminOn,
  type AdminCaller,
  type ExportFormat,
  type ExportProgress,
  type ExportResult,
  type Volume,
} from '../api/admin-calls';
import type { AdminLanguage } from '../i18n';
import type { DateRange } from './date-presets';

/** How often the destinations are looked at while the export screen is open (a stick may be plugged in). */
const VOLUME_POLL_MS = 2_000;

export type ExportRun =
  | Readonly<{ phase: 'idle' }>
  | Readonly<{ phase: 'running'; progress: ExportProgress | null; cancelling: boolean }>
  | Readonly<{ phase: 'done'; result: ExportResult }>
  | Readonly<{ phase: 'cancelled' }>
  | Readonly<{ phase: 'failed'; message: string }>;

export type ExportApi = Readonly<{
  volumes: readonly Volume[] | null;
  run: ExportRun;
  start(range: DateRange, format: ExportFormat, volumeId: string, language: AdminLanguage): void;
  cancel(): void;
  reset(): void;
}>;

/** The export screen's calls: destinations (`media:list`), the export with its progress, and cancel. */
export const useExport = (call: AdminCaller): ExportApi => {
  const [volumes, setVolumes] = useState<readonly Volume[] | null>(null);
  const [run, setRun] = useState<ExportRun>({ phase: 'idle' });

  useEffect(() => {
    let live = true;
    let timer = 0;
    const scan = async () => {
      const answer = await call('media:list', {});
      if (!live) return;
      if (answer.ok) setVolumes(answer.value.volumes.filter((v) => v.kind !== 'import-root'));
      timer = window.setTimeout(() => void scan(), VOLUME_POLL_MS);
    };
    void scan();
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [call]);

  useEffect(
    () =>
      adminOn(kioskApi, 'export:progress', (progress) =>
        setRun((r) => (r.phase === 'running' ? { ...r, progress } : r)),
      ),
    [],
  );

  const start = useCallback(
    (range: DateRange, format: ExportFormat, volumeId: string, language: AdminLanguage) => {
      setRun({ phase: 'running', progress: null, cancelling: false });
      void call('export:visits', { ...range, format, volumeId, language }).then((answer) =>
        setRun((r) => {
          if (answer.ok) return { phase: 'done', result: answer.value };
          // A cancelled export answers with an error too: the cancel is what the staff asked for.
          if (r.phase === 'running' && r.cancelling) return { phase: 'cancelled' };
          return { phase: 'failed', message: answer.error.message };
        }),
      );
    },
    [call],
  );

  const cancel = useCallback(() => {
    setRun((r) => (r.phase === 'running' ? { ...r, cancelling: true } : r));
    void call('export:cancel', {});
  }, [call]);

  const reset = useCallback(() => setRun({ phase: 'idle' }), []);
  return { volumes, run, start, cancel, reset };
};
