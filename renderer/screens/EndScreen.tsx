import { ChromeButton } from '../components/ChromeButton';
import { PanoramaStill } from '../components/PanoramaStill';
import { TopBar } from '../components/TopBar';
import { htmlLang, pick } from '../content/localize';
import { rise } from '../motion/rise';
import type { ScreenProps } from './screen-props';

/** After the fifth chapter: the pack's end card and the "finish" button that ends the visit. */
export const EndScreen = ({ manifest, mediaBase, tour, actions, strings, languages }: ScreenProps) => {
  const { language } = tour;
  const last = manifest.chapters[manifest.chapters.length - 1];
  return (
    <main className="screen end" data-testid="end-screen" lang={htmlLang(language)}>
      {last && <PanoramaStill panorama={last.panorama} mediaBase={mediaBase} className="end__art" />}
      <div className="end__scrim" aria-hidden="true" />
      <TopBar
        languages={languages}
        language={language}
        strings={strings}
        largeText={tour.largeText}
        onLanguage={actions.setLanguage}
        onLargeText={actions.toggleLargeText}
      />
      <section className="end__card">
        <h1 {...rise(0, 'end__title')}>{pick(manifest.endCard.title, language)}</h1>
        <p {...rise(1, 'end__body')}>{pick(manifest.endCard.body, language)}</p>
        <div {...rise(2, 'end__actions')}>
          <ChromeButton icon="check" variant="primary" onPress={actions.finish} testId="finish">
            {strings.finish}
          </ChromeButton>
          <ChromeButton icon="home" variant="ghost" onPress={actions.openHub} testId="end-hub">
            {strings.backToHub}
          </ChromeButton>
        </div>
      </section>
    </main>
  );
};
