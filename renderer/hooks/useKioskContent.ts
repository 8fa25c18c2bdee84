import { useEffect, useMemo, useRef, useState } from 'react';
import type { AppInfo } from '../../electron/shared/contract/app';
import type { ActiveContent } from '../../electron/shared/contract/content';
import { kioskApi } from '../api/kiosk-api';

/** Seconds between retries while content is unavailable. */
export const RETRY_MS = 30_000;

export type KioskContent =
  | Readonly<{ status: 'loading' }>
  | Readonly<{ status: 'ready'; info: AppInfo; content: ActiveContent }>
  | Readonly<{ status: 'unavailable'; info: AppInfo | null; message: string }>;

/**
 * Loads app:info and content:active. `reload()` re-reads the active pack (the
 * attract loop calls it, so a new pack appears there and never mid-visit); the
 * old content stays on screen until the new one has arrived. On failure it
 * shows "unavailable" and retries every RETRY_MS.
 */
export const useKioskContent = (): Readonly<{
  state: KioskContent;
  reload: () => void;
}> => {
  const [state, setState] = useState<KioskContent>({ status: 'loading' });
  const info = useRef<AppInfo | null>(null);
  const retry = useRef<number | undefined>(undefined);
  const generation = useRef(0);

  const reload = useMemo(() => {
    const run = (): void => {
      window.clearTimeout(retry.current);
      const mine = ++generation.current;
      void (async () => {
        if (!info.current) {
          const answer = await kioskApi.call('app:info', {});
          if (answer.ok) info.current = answer.value;
        }
        const content = await kioskApi.call('content:active', {});
        if (mine !== generation.current) return;
        if (info.current && content.ok) {
          const loadedInfo = info.current;
          setState((previous) =>
            previous.status === 'ready' && sameContent(previous.content, content.value)
              ? previous
              : { status: 'ready', info: loadedInfo, content: content.value },
          );
          return;
        }
        const message = content.ok ? 'app:info unavailable' : content.error.message;
        setState({ status: 'unavailable', info: info.current, message });
        retry.current = window.setTimeout(run, RETRY_MS);
      })();
    };
    return run;
  }, []);

  useEffect(() => {
    reload();
    return () => window.clearTimeout(retry.current);
  }, [reload]);

  return { state, reload };
};

const sameContent = (a: ActiveContent, b: ActiveContent) =>
  a.mediaBase === b.mediaBase && a.manifest.id === b.manifest.id && a.manifest.version === b.manifest.version;
