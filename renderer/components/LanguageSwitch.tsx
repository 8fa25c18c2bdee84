import { useContext } from 'react';
import type { LanguageCode } from '../../electron/shared/content-pack';
import { htmlLang } from '../content/localize';
import { PackStringsContext, stringsFor } from '../i18n';

type LanguageSwitchProps = Readonly<{
  languages: readonly LanguageCode[];
  current: LanguageCode | null;
  onChoose: (language: LanguageCode) => void;
  label: string;
}>;

/** Segmented language choice; each name is written in its own language (and marked so). */
export const LanguageSwitch = ({ languages, current, onChoose, label }: LanguageSwitchProps) => {
  const packStrings = useContext(PackStringsContext);
  return (
    <div className="language-switch" role="group" aria-label={label}>
      {languages.map((language) => (
        <button
          key={language}
          type="button"
          className="language-switch__option"
          lang={htmlLang(language)}
          aria-pressed={current === null ? undefined : current === language}
          data-testid={`language-${language}`}
          onClick={() => onChoose(language)}
        >
          {stringsFor(language, packStrings).languageName}
        </button>
      ))}
    </div>
  );
};
