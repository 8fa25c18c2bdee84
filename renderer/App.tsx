import { AnimatePresence, MotionConfig } from 'motion/react';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { LanguageCode } from '../electron/shared/content-pack';
import { useAdminEntry } from './admin/entry/useAdminEntry';
import { kioskApi } from './api/kiosk-api';
import { ErrorBoundary } from './components/ErrorBoundary';
import { IdleOverlay } from './components/IdleOverlay';
import { ScreenStage } from './components/ScreenStage';
import { htmlLang } from './content/localize';
import { useIdleGuard } from './hooks/useIdleGuard';
import { useKioskContent } from './hooks/useKioskContent';
import { useLiveSettings } from './hooks/useLiveSettings';
import { useTour } from './hooks/useTour';
import { ClosedScreen } from './hours/ClosedScreen';
import { useOpenNow } from './hours/useOpenNow';
import { DEFAULT_VOLUME } from './audio/narration-audio';
import { PackStringsContext, stringsFor } from './i18n';
import { AttractScreen } from './screens/AttractScreen';
import { ChapterScreen } from './screens/ChapterScreen';
import { EndScreen } from './screens/EndScreen';
import { HubScreen } from './screens/HubScreen';
import { UnavailableScreen } from './screens/UnavailableScreen';
import { VisitRoot } from './components/VisitRoot';

/** Admin mode is its own chunk, fetched only when staff open it: the visitor bundle stays small. */
const AdminApp = lazy(() => import('./admin/AdminApp'));

const FALLBACK_LANGUAGES: readonly LanguageCode[] = ['zh-CN', 'en'];

/** Root of the renderer: screen router, idle guard, and an error boundary back to attract. */
export const App = () => {
  const { state: boot, reload } = useKioskContent();
  const info = boot.status === 'loading' ? null : boot.info;
  const content = boot.status === 'ready' ? boot.content : null;
  const settings = useLiveSettings(info);
  const packLanguages = content?.manifest.languages;
  const languages = useMemo(() => {
    const offered = (settings?.languages ?? packLanguages ?? FALLBACK_LANGUAGES).filter(
      (l) => !packLanguages || packLanguages.includes(l),
    );
    return offered.length > 0 ? offered : (packLanguages ?? FALLBACK_LANGUAGES);
  }, [settings?.languages, packLanguages]);
  const wanted = settings?.defaultLanguage ?? content?.manifest.defaultLanguage ?? 'zh-CN';
  const defaultLanguage = languages.includes(wanted) ? wanted : (languages[0] ?? 'zh-CN');
  const visitDefaults = useMemo(
    () => ({ volume: settings?.defaultVolume ?? DEFAULT_VOLUME, captionsOn: settings?.captionsOnByDefault ?? true }),
    [settings?.defaultVolume, settings?.captionsOnByDefault],
  );
  const { state: tour, actions } = useTour(content, defaultLanguage, visitDefaults);
  const hours = settings?.openingHours ?? null;
  const { open, now } = useOpenNow(hours);
  const atAttract = tour.screen === 'attract';
  // Admin mode replaces the tour (so no visit can be logged) and its session timeout replaces the idle guard.
  const [adminOpen, setAdminOpen] = useState(false);
  const openAdmin = useCallback(() => {
    if (tour.screen !== 'attract') actions.reset('interrupted'); // Ctrl+Alt+A mid-visit ends that visit first
    setAdminOpen(true);
  }, [tour.screen, actions]);
  // Also from the "unavailable" card: staff must be able to install a working pack from USB.
  const unavailable = boot.status === 'unavailable';
  useAdminEntry(
    !adminOpen && (unavailable || (atAttract && content !== null)),
    !adminOpen && boot.status !== 'loading',
    openAdmin,
  );
  const closeAdmin = useCallback(() => setAdminOpen(false), []);

  // A newly installed pack is picked up whenever the attract loop starts, never mid-visit.
  const attractRef = useRef(atAttract);
  useEffect(() => {
    attractRef.current = atAttract;
    if (atAttract) reload();
  }, [atAttract, reload]);
  useEffect(() => kioskApi.on('content:changed', () => attractRef.current && reload()), [reload]);
  useEffect(() => {
    document.documentElement.lang = htmlLang(tour.language);
  }, [tour.language]);

  const idleConfig = useMemo(
    () => ({
      idleMs: (settings?.idleSeconds ?? 90) * 1000,
      warningMs: (settings?.idleWarningSeconds ?? 20) * 1000,
      narrationCapMs: (settings?.narrationIdleCapSeconds ?? 300) * 1000,
    }),
    [settings],
  );
  const onIdle = useCallback(() => actions.reset('idle'), [actions]);
  const idle = useIdleGuard(idleConfig, !atAttract && content !== null && !adminOpen, onIdle);
  const onCrash = useCallback(() => actions.reset('interrupted'), [actions]);

  if (boot.status === 'loading') return <div className="screen screen--blank" aria-busy="true" />;
  if (adminOpen)
    return (
      <MotionConfig reducedMotion="user">
        <div className="kiosk" data-screen="admin">
          <ErrorBoundary onError={closeAdmin} resetKey="admin">
            <Suspense fallback={<div className="screen screen--blank" aria-busy="true" />}>
              <AdminApp language={tour.language} languages={languages} onExit={closeAdmin} />
            </Suspense>
          </ErrorBoundary>
        </div>
      </MotionConfig>
    );

  // A blocking start-up fault (bad config) shows its card instead of the tour.
  if (boot.status === 'unavailable' || !content || !info || info.startupFault?.blocking)
    return (
      <div className="kiosk">
        <UnavailableScreen info={info} />
      </div>
    );

  const strings = stringsFor(tour.language, content.manifest.uiStrings);
  // Each chapter is its own screen for the fade (and fresh dialogs/panorama state).
  // Outside opening hours the attract loop gives way to the closed card; a visit under way finishes first.
  const closedHours = tour.screen === 'attract' && !open ? hours : null;
  const screenKey = closedHours ? 'closed' : tour.screen === 'chapter' ? `chapter-${tour.chapterIndex}` : tour.screen;
  const props = {
    manifest: content.manifest,
    mediaBase: content.mediaBase,
    tour,
    actions,
    strings,
    languages,
  };
  return (
    <PackStringsContext value={content.manifest.uiStrings}>
      <VisitRoot tour={tour} actions={actions}>
        <div
          className={`kiosk${tour.largeText ? ' kiosk--large' : ''}`}
          data-screen={tour.screen}
          data-language={tour.language}
        >
          <ErrorBoundary onError={onCrash} resetKey={tour.screen}>
            <ScreenStage screenKey={screenKey} terminology={content.manifest.terminology}>
              {closedHours && <ClosedScreen info={info} hours={closedHours} now={now} />}
              {tour.screen === 'attract' && !closedHours && (
                <AttractScreen {...props} info={info} defaultLanguage={defaultLanguage} />
              )}
              {tour.screen === 'hub' && <HubScreen {...props} />}
              {tour.screen === 'chapter' && <ChapterScreen {...props} />}
              {tour.screen === 'end' && <EndScreen {...props} />}
            </ScreenStage>
          </ErrorBoundary>
          <AnimatePresence>
            {idle.phase === 'warning' && (
              <IdleOverlay
                key="idle"
                secondsLeft={idle.secondsLeft}
                strings={strings}
                lang={htmlLang(tour.language)}
                onContinue={idle.touch}
              />
            )}
          </AnimatePresence>
        </div>
      </VisitRoot>
    </PackStringsContext>
  );
};
