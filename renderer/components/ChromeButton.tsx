import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

type ChromeButtonProps = Readonly<{
  icon?: IconName;
  /** Visible text; also the accessible name unless `label` is given. */
  children?: ReactNode;
  /** Accessible name when the button shows an icon only. */
  label?: string;
  /** Short visible word under an icon-only button's icon, so a first-time visitor can read what it does. */
  caption?: string;
  onPress: () => void;
  pressed?: boolean;
  variant?: 'plain' | 'primary' | 'ghost';
  testId?: string;
  disabled?: boolean;
  lang?: string;
}>;

/** The kiosk's button: ≥ 64 px, icon and/or text, pressed state for toggles. */
export const ChromeButton = ({
  icon,
  children,
  label,
  caption,
  onPress,
  pressed,
  variant = 'plain',
  testId,
  disabled,
  lang,
}: ChromeButtonProps) => (
  <button
    type="button"
    className={`chrome-button chrome-button--${variant}${children ? '' : ' chrome-button--icon'}${caption ? ' chrome-button--captioned' : ''}`}
    aria-label={label}
    aria-pressed={pressed}
    data-testid={testId}
    disabled={disabled}
    lang={lang}
    onClick={onPress}
  >
    {icon && <Icon name={icon} />}
    {children && <span className="chrome-button__text">{children}</span>}
    {caption && (
      <span className="chrome-button__caption" aria-hidden="true">
        {caption}
      </span>
    )}
  </button>
);
