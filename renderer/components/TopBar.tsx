import type { ReactNode } from 'react';
import type { LanguageCode } from '../../electron/shared/content-pack';
import type { UiStrings } from '../i18n';
import { ChromeButton } from './ChromeButton';
import { LanguageSwitch } from './LanguageSwitch';
import { ReachToggles } from './ReachToggles';

type TopBarProps = Readonly<{
  languages: readonly LanguageCode[];
  language: LanguageCode;
  strings: UiStrings;
  largeText: boolean;
  onLanguage: (language: LanguageCode) => void;
  onLargeText: () => void;
  /** Screen-specific items on the left (brand, progress). */
  start?: ReactNode;
  /** Screen-specific buttons before the language switch (facts, hub). */
  end?: ReactNode;
}>;

/** The chrome every visit screen shares: its own items, large text, and the language switch. */
export const TopBar = ({
  languages,
  language,
  strings,
  largeText,
  onLanguage,
  onLargeText,
  start,
  end,
}: TopBarProps) => (
  <header className="top-bar">
    <div className="top-bar__start">{start}</div>
    <div className="top-bar__end">
      {end}
      <ChromeButton icon="text-size" pressed={largeText} onPress={onLargeText} testId="large-text-toggle">
        {strings.largeText}
      </ChromeButton>
      <ReachToggles strings={strings} />
      <LanguageSwitch
        languages={languages}
        current={language}
        onChoose={onLanguage}
        label={strings.languageSwitchLabel}
      />
    </div>
  </header>
);
