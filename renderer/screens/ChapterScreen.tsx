import { AnimatePresence } from 'motion/react';
import { useCallback, useState } from 'react';
import type { Hotspot } from '../../electron/shared/content-pack';
import { showAfterFeedback } from '../api/after-paint';
import { Captions } from '../components/Captions';
import { ChapterProgress } from '../components/ChapterProgress';
import { ChromeButton } from '../components/ChromeButton';
import { FactCard } from '../components/FactCard';
import { FactsList } from '../components/FactsList';
import { Icon } from '../components/Icon';
import { KeyFigures } from '../components/KeyFigures';
import { NarrationControls } from '../components/NarrationControls';
import { Panorama } from '../components/Panorama';
import { PanoramaLabels } from '../components/PanoramaLabels';
import { ScrollPanel } from '../components/ScrollPanel';
import { TopBar } from '../components/TopBar';
import { Transcript } from '../components/Transcript';
import { htmlLang, mediaUrl, pick } from '../content/localize';
import { useCaptions } from '../hooks/useCaptions';
import { rise } from '../motion/rise';
import { ZhText } from '../components/ZhText';
import type { ScreenProps } from './screen-props';

/** One chapter: animated panorama with hotspots, texts and figures, narration with captions, navigation. */
export const ChapterScreen = ({ manifest, mediaBase, tour, actions, strings, languages }: ScreenProps) => {
  const { language, chapterIndex } = tour;
  const chapter = manifest.chapters[chapterIndex];
  const [fact, setFact] = useState<Hotspot | null>(null);
  const [listOpen, setListOpen] = useState(false);
  const [transcriptOpen, setTranscriptOpen] = useState(false);
  const narrationFiles = chapter?.narration[language];
  const cues = useCaptions(narrationFiles ? mediaUrl(mediaBase, narrationFiles.captions) : null);
  const openFromPanorama = useCallback(
    (hotspot: Hotspot) => {
      actions.hotspotOpened(hotspot.id, 'panorama');
      showAfterFeedback(() => setFact(hotspot));
    },
    [actions],
  );
  if (!chapter) return null;
  const lang = htmlLang(language);
  const isLast = chapterIndex === manifest.chapters.length - 1;

  return (
    <main className="screen chapter" data-testid="chapter-screen" data-chapter={chapter.id} lang={lang}>
      <div className="chapter__stage">
        <Panorama
          key={chapter.id}
          panorama={chapter.panorama}
          hotspots={chapter.hotspots}
          mediaBase={mediaBase}
          alt={pick(chapter.panorama.alt, language)}
          hotspotLabel={(hotspot) => strings.hotspot(pick(hotspot.fact.title, language))}
          onHotspot={openFromPanorama}
          onDragged={actions.panoramaDragged}
          edgeLabel={strings.markersOffScreen}
          narration={narrationFiles}
        >
          <PanoramaLabels labels={chapter.panorama.labels ?? []} language={language} />
        </Panorama>
        {!tour.dragged && (
          <p className="drag-hint" data-testid="drag-hint">
            <Icon name="previous" />
            {strings.panoramaHint}
            <Icon name="next" />
          </p>
        )}
        <div className="chapter__stage-scrim" aria-hidden="true" />
        {tour.captionsOn && <Captions cues={cues} lang={lang} />}
      </div>
      <TopBar
        languages={languages}
        language={language}
        strings={strings}
        largeText={tour.largeText}
        onLanguage={actions.setLanguage}
        onLargeText={actions.toggleLargeText}
        start={
          <ChapterProgress
            chapters={manifest.chapters}
            current={chapterIndex}
            language={language}
            strings={strings}
            onSelect={actions.openChapter}
          />
        }
        end={
          <>
            <ChromeButton
              icon="list"
              onPress={() => showAfterFeedback(() => setListOpen(true))}
              testId="facts-list-button"
            >
              {strings.factsList}
            </ChromeButton>
            <ChromeButton icon="home" onPress={actions.openHub} testId="hub-button">
              {strings.hub}
            </ChromeButton>
          </>
        }
      />
      {/* Body before figures: the chapter's text is read first, the figure cards follow it. */}
      <ScrollPanel
        key={`${chapter.id}-${language}`}
        className="chapter__text"
        scrollerClassName="chapter__text-scroller"
        moreLabel={strings.more}
        labelledBy="chapter-keyword"
      >
        <p {...rise(0, 'chapter__eyebrow')}>
          {strings.chapterOf(chapterIndex + 1, manifest.chapters.length)} · {pick(chapter.theme, language)}
        </p>
        <h1 id="chapter-keyword" {...rise(1, 'chapter__keyword')} data-testid="chapter-keyword">
          {pick(chapter.keyword, language)}
        </h1>
        <h2 {...rise(2, 'chapter__title')}>
          <ZhText text={pick(chapter.title, language)} lang={lang} />
        </h2>
        <p {...rise(3, 'chapter__body')} data-testid="chapter-body">
          <ZhText text={pick(chapter.body, language)} lang={lang} />
        </p>
        <KeyFigures figures={chapter.figures} language={language} heading={strings.keyFigures} firstRise={4} />
      </ScrollPanel>
      <footer className="chapter__controls">
        <ChromeButton icon="previous" onPress={actions.previous} testId="previous">
          {chapterIndex === 0 ? strings.hub : strings.previous}
        </ChromeButton>
        <NarrationControls captionsOn={tour.captionsOn} strings={strings} onToggleCaptions={actions.toggleCaptions} />
        <ChromeButton
          icon="transcript"
          label={strings.transcript}
          caption={strings.transcript}
          onPress={() => {
            actions.transcriptOpened();
            showAfterFeedback(() => setTranscriptOpen(true));
          }}
          testId="transcript-button"
        />
        <ChromeButton icon="next" variant="primary" onPress={actions.next} testId="next">
          {isLast ? strings.end : strings.next}
        </ChromeButton>
      </footer>
      <AnimatePresence>
        {listOpen && !fact && (
          <FactsList
            key="list"
            hotspots={chapter.hotspots}
            language={language}
            strings={strings}
            onClose={() => showAfterFeedback(() => setListOpen(false))}
            onOpen={(hotspot) => {
              actions.hotspotOpened(hotspot.id, 'list');
              showAfterFeedback(() => setFact(hotspot));
            }}
          />
        )}
        {transcriptOpen && (
          <Transcript
            key="transcript"
            cues={cues}
            keyword={pick(chapter.keyword, language)}
            lang={lang}
            strings={strings}
            onClose={() => showAfterFeedback(() => setTranscriptOpen(false))}
          />
        )}
        {fact && (
          <FactCard
            key={fact.id}
            fact={fact.fact}
            language={language}
            strings={strings}
            onClose={() => showAfterFeedback(() => setFact(null))}
          />
        )}
      </AnimatePresence>
    </main>
  );
};
