import type { ReactNode } from 'react';
import type { AdminStrings } from '../i18n';

type AdminTopBarProps = Readonly<{
  strings: AdminStrings;
  /** Under the title: who is signed in, or nothing on the PIN pad. */
  subtitle?: ReactNode;
  /** "Back" to the home screen, when not on it. */
  onBack?: () => void;
  onToggleLanguage: () => void;
  /** Exit: ends the session and returns to the attract loop. */
  onExit: () => void;
  exitLabel: string;
}>;

/** The admin header: title, session line, back, language switch and exit — all 64 px+ targets. */
export const AdminTopBar = ({ strings, subtitle, onBack, onToggleLanguage, onExit, exitLabel }: AdminTopBarProps) => (
  <header className="admin-top">
    {onBack && (
      <button type="button" className="admin-button admin-button--ghost" data-testid="admin-back" onClick={onBack}>
        ‹ {strings.back}
      </button>
    )}
    <div className="admin-top__title">
      <h1>{strings.title}</h1>
      {subtitle && (
        <p className="admin-top__subtitle" data-testid="admin-session-line">
          {subtitle}
        </p>
      )}
    </div>
    <button
      type="button"
      className="admin-button admin-button--ghost"
      data-testid="admin-language"
      lang={strings.switchLanguage === 'English' ? 'en' : 'zh-Hans'}
      onClick={onToggleLanguage}
    >
      {strings.switchLanguage}
    </button>
    <button type="button" className="admin-button" data-testid="admin-exit" onClick={onExit}>
      {exitLabel}
    </button>
  </header>
);
