import { TopBar } from '../components/TopBar';
import { HubTile } from '../components/HubTile';
import { ScrollPanel } from '../components/ScrollPanel';
import { htmlLang, pick } from '../content/localize';
import { ZhText } from '../components/ZhText';
import type { ScreenProps } from './screen-props';

/** The five keywords as large tiles, with the 长嘉汇 introduction. */
export const HubScreen = ({ manifest, mediaBase, tour, actions, strings, languages }: ScreenProps) => {
  const { language } = tour;
  return (
    <main className="screen hub" data-testid="hub-screen" lang={htmlLang(language)}>
      <TopBar
        languages={languages}
        language={language}
        strings={strings}
        largeText={tour.largeText}
        onLanguage={actions.setLanguage}
        onLargeText={actions.toggleLargeText}
        start={<p className="brand">{pick(manifest.title, language)}</p>}
      />
      <ScrollPanel
        className="hub__intro"
        scrollerClassName="hub__intro-scroller"
        moreLabel={strings.more}
        labelledBy="hub-title"
      >
        <h1 id="hub-title" className="hub__title">
          <ZhText text={pick(manifest.intro.title, language)} lang={htmlLang(language)} />
        </h1>
        <p className="hub__body">
          <ZhText text={pick(manifest.intro.body, language)} lang={htmlLang(language)} />
        </p>
        <p className="hub__about" data-testid="about-content">
          <ZhText text={strings.aboutContent} lang={htmlLang(language)} />
        </p>
      </ScrollPanel>
      <nav className="hub__chapters" data-scrolls="y" aria-label={strings.hubHeading}>
        <ol className="hub__tiles">
          {manifest.chapters.map((chapter, index) => (
            <HubTile
              key={chapter.id}
              chapter={chapter}
              index={index}
              language={language}
              mediaBase={mediaBase}
              onOpen={() => actions.openChapter(index)}
            />
          ))}
        </ol>
      </nav>
    </main>
  );
};
