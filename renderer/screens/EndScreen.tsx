import { motion } from 'motion/react';
import { ChromeButton } from '../components/ChromeButton';
import { PanoramaStill } from '../components/PanoramaStill';
import { TopBar } from '../components/TopBar';
import { htmlLang, pick } from '../content/localize';
import { riseItem, staggerParent } from '../motion/motion';
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
      <motion.section className="end__card" variants={staggerParent} initial="initial" animate="enter">
        <motion.h1 className="end__title" variants={riseItem}>
          {pick(manifest.endCard.title, language)}
        </motion.h1>
        <motion.p className="end__body" variants={riseItem}>
          {pick(manifest.endCard.body, language)}
        </motion.p>
        <motion.div className="end__actions" variants={riseItem}>
          <ChromeButton icon="check" variant="primary" onPress={actions.finish} testId="finish">
            {strings.finish}
          </ChromeButton>
          <ChromeButton icon="home" variant="ghost" onPress={actions.openHub} testId="end-hub">
            {strings.backToHub}
          </ChromeButton>
        </motion.div>
      </motion.section>
    </main>
  );
};
