import type { AppInfo } from '../../electron/shared/contract/app';
import type { LanguageCode } from '../../electron/shared/content-pack';
import { AttractReachStart } from '../components/AttractReachStart';
import { AttractSlides } from '../components/AttractSlides';
import { KioskInfo } from '../components/KioskInfo';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { htmlLang, pick } from '../content/localize';
import { STRINGS } from '../i18n';
import type { ScreenProps } from './screen-props';

/**
 * A touch ends the montage: it holds still under the veil, so the frame that
 * answers the tap is not queued behind full-screen montage frames.
 */
const freezeMontage = (screen: HTMLElement) => {
  for (const animation of screen.getAnimations({ subtree: true })) animation.pause();
};

type AttractScreenProps = ScreenProps & Readonly<{ info: AppInfo; defaultLanguage: LanguageCode }>;

/** The loop nobody is using: panorama montage, tagline in every language; any tap starts a visit. */
export const AttractScreen = ({
  manifest,
  mediaBase,
  actions,
  languages,
  info,
  defaultLanguage,
}: AttractScreenProps) => (
  <main
    className="screen attract"
    data-testid="attract-screen"
    onPointerDownCapture={(event) => freezeMontage(event.currentTarget)}
    onClick={() => actions.start(defaultLanguage)}
  >
    <AttractSlides chapters={manifest.chapters} mediaBase={mediaBase} slideSeconds={manifest.attract.slideSeconds} />
    <div className="attract__scrim" aria-hidden="true" />
    <div className="attract__content">
      <h1 className="attract__title">
        {languages.map((language) => (
          <span
            key={language}
            className={`attract__title-line attract__title-line--${language}`}
            lang={htmlLang(language)}
          >
            {pick(manifest.title, language)}
          </span>
        ))}
      </h1>
      <button
        type="button"
        className="attract__begin"
        data-testid="attract-begin"
        onClick={() => actions.start(defaultLanguage)}
      >
        {languages.map((language) => (
          <span key={language} className={`attract__tagline attract__tagline--${language}`} lang={htmlLang(language)}>
            {pick(manifest.attract.tagline, language)}
          </span>
        ))}
      </button>
      <div className="attract__languages" onClick={(event) => event.stopPropagation()}>
        <LanguageSwitch
          languages={languages}
          current={null}
          onChoose={(language) => actions.start(language)}
          label={`${STRINGS['zh-CN'].chooseLanguage} · ${STRINGS.en.chooseLanguage}`}
        />
      </div>
    </div>
    <AttractReachStart
      defaultLanguage={defaultLanguage}
      start={actions.start}
      toggleLowReach={actions.toggleLowReach}
    />
    <footer className="attract__footer">
      <KioskInfo info={info} />
    </footer>
  </main>
);
