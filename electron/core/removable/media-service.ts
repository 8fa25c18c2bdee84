import type { Volume } from '../../shared/contract/media';
import type { AppLog } from '../app-log';
import type { HandlerMap } from '../handlers';
import type { Settings } from '../settings';
import { scanCandidates, type FoundCandidate } from './candidates';
import { mountRoots, scanVolumes } from './volumes';

/** Default poll period: a stick shows up within about this long after it is mounted. */
export const POLL_MS = 1500;
/** One scan (volumes + candidates) gives up after this long and keeps what it found. */
const SCAN_BUDGET_MS = 1500;

export type MediaServiceOptions = Readonly<{
  settings: Pick<Settings, 'dataDir' | 'exportRoots' | 'importRoots' | 'removableMediaRoots' | 'usbPackFolder'>;
  log: AppLog;
  pollMs?: number;
  clock?: () => Date;
  platform?: NodeJS.Platform;
}>;

/** What the rest of the core asks the media service. */
export type MediaService = Readonly<{
  /** Starts polling (the first scan runs at once). */
  start(): void;
  stop(): void;
  /** Runs a scan now (or joins the running one) and resolves once it is done. */
  scanNow(): Promise<void>;
  volumes(): readonly Volume[];
  volume(id: string): Volume | null;
  candidate(id: string): FoundCandidate | null;
  /** Resolved folders a pack may be read from: removable volumes and import roots. */
  importRoots(): string[];
  /** Called after every scan that changed the volume list (leftover cleanup on a newly seen stick); returns the unsubscribe. */
  onVolumes(listener: (volumes: readonly Volume[]) => void): () => void;
  /** Resolved folders an export may be written into: removable volumes and export roots. */
  exportRoots(): string[];
  handlers: HandlerMap<'media:list' | 'packs:candidates'>;
}>;

/**
 * Polls the mount roots off the request path: handlers answer from the last
 * scan; a scan never overlaps another and is bounded in time and entries.
 */
export const createMediaService = (options: MediaServiceOptions): MediaService => {
  const clock = options.clock ?? (() => new Date());
  const pollMs = options.pollMs ?? POLL_MS;
  const roots = mountRoots(options.settings.removableMediaRoots, options.platform);
  let volumes: Volume[] = [];
  let candidates: FoundCandidate[] = [];
  let scannedAt: string | null = null;
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let stopped = true;
  const listeners = new Set<(volumes: readonly Volume[]) => void>();

  const scan = async () => {
    const deadline = Date.now() + SCAN_BUDGET_MS;
    const next = await scanVolumes(
      {
        mountRoots: roots,
        exportRoots: options.settings.exportRoots,
        importRoots: options.settings.importRoots,
        dataDir: options.settings.dataDir,
      },
      { deadline },
    );
    candidates = await scanCandidates(next, options.settings.usbPackFolder, { deadline: Date.now() + SCAN_BUDGET_MS });
    const changed = next.map((v) => v.id).join() !== volumes.map((v) => v.id).join();
    const first = scannedAt === null;
    volumes = next;
    scannedAt = clock().toISOString();
    if (changed || first) for (const listener of [...listeners]) listener(volumes);
  };
  const scanNow = () => {
    running ??= scan()
      .catch((error: unknown) => options.log.warn('media: scan failed', { error: (error as Error).message }))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const loop = () => {
    if (stopped) return;
    void scanNow().then(() => {
      if (stopped) return;
      timer = setTimeout(loop, pollMs);
      timer.unref();
    });
  };
  /** Requests before the first scan wait for it (bounded); later ones answer at once. */
  const ready = () => (scannedAt === null ? scanNow() : Promise.resolve());
  const strip = ({ location: _location, ...candidate }: FoundCandidate) => candidate;
  const pathsOf = (kinds: readonly Volume['kind'][]) => volumes.filter((v) => kinds.includes(v.kind)).map((v) => v.path);

  return {
    start: () => {
      if (!stopped) return;
      stopped = false;
      loop();
    },
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
    scanNow,
    volumes: () => volumes,
    volume: (id) => volumes.find((v) => v.id === id) ?? null,
    candidate: (id) => candidates.find((c) => c.id === id) ?? null,
    importRoots: () => pathsOf(['removable', 'import-root']),
    onVolumes: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    exportRoots: () => pathsOf(['removable', 'export-root']),
    handlers: {
      'media:list': async () => {
        await ready();
        return { volumes };
      },
      'packs:candidates': async () => {
        await ready();
        return { candidates: candidates.map(strip), scannedAt: scannedAt ?? clock().toISOString() };
      },
    },
  };
};
