import { useOsReducedMotion } from '../hooks/useVisitReducedMotion';
import type { UiStrings } from '../i18n';
import { useVisitPrefs } from '../tour/visit-prefs';
import { ChromeButton } from './ChromeButton';

type ReachTogglesProps = Readonly<{ strings: UiStrings }>;

/**
 * Beside large text: the low-reach layout (every control in the lower part of
 * the screen) and "less motion" for this visit. With the OS asking for reduced
 * motion already, that toggle shows on and cannot be turned off.
 */
export const ReachToggles = ({ strings }: ReachTogglesProps) => {
  const { lowReach, reducedMotion, toggleLowReach, toggleReducedMotion } = useVisitPrefs();
  const os = useOsReducedMotion();
  return (
    <>
      <ChromeButton pressed={lowReach} onPress={toggleLowReach} testId="low-reach-toggle">
        {strings.lowReach}
      </ChromeButton>
      <ChromeButton
        pressed={reducedMotion || os}
        disabled={os}
        onPress={toggleReducedMotion}
        testId="reduced-motion-toggle"
      >
        {strings.reducedMotion}
      </ChromeButton>
    </>
  );
};
