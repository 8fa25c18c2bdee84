import type { LanguageCode } from '../../electron/shared/content-pack';
import { STRINGS } from '../i18n';
import { ChromeButton } from './ChromeButton';

type AttractReachStartProps = Readonly<{
  defaultLanguage: LanguageCode;
  start: (language: LanguageCode) => void;
  toggleLowReach: () => void;
}>;

/**
 * Bottom corner of the attract loop: a seated visitor or a child starts the
 * visit already in the low-reach layout, so they never have to reach the top
 * bar's toggle. Named in both shipped languages, like the language choice.
 */
export const AttractReachStart = ({ defaultLanguage, start, toggleLowReach }: AttractReachStartProps) => (
  <div className="attract__reach" onClick={(event) => event.stopPropagation()}>
    <ChromeButton
      icon="low-reach"
      testId="attract-low-reach"
      onPress={() => {
        start(defaultLanguage);
        toggleLowReach();
      }}
    >
      {`${STRINGS['zh-CN'].lowReach} · ${STRINGS.en.lowReach}`}
    </ChromeButton>
  </div>
);
