import { ChromeButton } from './ChromeButton';
import type { IconName } from './Icon';

type CaptionedButtonProps = Readonly<{
  icon: IconName;
  /** The accessible name, and the word under the icon unless `short` is given. */
  label: string;
  /** A shorter word under the icon where the name is too long for it ("Quieter" for "Volume down"). */
  short?: string;
  onPress: () => void;
  pressed?: boolean;
  disabled?: boolean;
  testId: string;
}>;

/**
 * The compact icon-over-its-word button of the narration controls and the reach
 * toggles: one place that names it and captions it with the same words, so a
 * first-time visitor reads what a screen reader hears.
 */
export const CaptionedButton = ({ label, short, ...button }: CaptionedButtonProps) => (
  <ChromeButton {...button} label={label} caption={short ?? label} />
);
