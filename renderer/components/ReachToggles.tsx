import { useOsReducedMotion } from '../hooks/useVisitReducedMotion';
import type { UiStrings } from '../i18n';
import { useVisitPrefs } from '../tour/visit-prefs';
import { CaptionedButton } from './CaptionedButton';

type ReachTogglesProps = Readonly<{ strings: UiStrings }>;

/**
 * Beside large text, compact (icon over its word, like the narration buttons) so the top bar keeps one row: the low-reach layout (every control in the lower part of
 * the screen) and "less motion" for this visit. With the OS asking for reduced
 * motion already, that toggle shows on and cannot be turned off.
 */
export const ReachToggles = ({ strings }: ReachTogglesProps) => {
  const { lowReach, reducedMotion, toggleLowReach, toggleReducedMotion } = useVisitPrefs();
  const os = useOsReducedMotion();
  return (
    <>
      <CaptionedButton
        icon="low-reach"
        label={strings.lowReach}
        pressed={lowReach}
        onPress={toggleLowReach}
        testId="low-reach-toggle"
      />
      <CaptionedButton
        icon="less-motion"
        label={strings.reducedMotion}
        pressed={reducedMotion || os}
        disabled={os}
        onPress={toggleReducedMotion}
        testId="reduced-motion-toggle"
      />
    </>
  );
};
