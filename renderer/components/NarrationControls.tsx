import {
  pauseNarration,
  replayNarration,
  resumeNarration,
  setNarrationVolume,
} from '../audio/narration-audio';
import { useNarrationState } from '../hooks/useNarration';
import type { UiStrings } from '../i18n';
import { ChromeButton } from './ChromeButton';

type NarrationControlsProps = Readonly<{
  captionsOn: boolean;
  strings: UiStrings;
  onToggleCaptions: () => void;
}>;

const VOLUME_STEP = 0.2;

/** Play/pause, replay, volume and captions, with a thin progress line (following the narration itself). */
export const NarrationControls = ({ captionsOn, strings, onToggleCaptions }: NarrationControlsProps) => {
  const narration = useNarrationState();
  const playing = narration.status === 'playing' || narration.status === 'loading';
  const progress = narration.durationMs > 0 ? Math.min(1, narration.positionMs / narration.durationMs) : 0;
  const percent = Math.round(narration.volume * 100);
  return (
    <div className="narration-controls" role="group" aria-label={strings.narration}>
      <ChromeButton
        icon={playing ? 'pause' : 'play'}
        label={playing ? strings.pause : strings.play}
        onPress={playing ? pauseNarration : resumeNarration}
        testId="narration-toggle"
      />
      <ChromeButton icon="replay" label={strings.replay} onPress={replayNarration} testId="narration-replay" />
      <div className="narration-controls__progress" aria-hidden="true">
        <div className="narration-controls__bar" style={{ transform: `scaleX(${progress})` }} />
      </div>
      <ChromeButton
        icon="volume-down"
        label={strings.volumeDown}
        onPress={() => setNarrationVolume(narration.volume - VOLUME_STEP)}
        disabled={narration.volume <= 0}
        testId="volume-down"
      />
      <span className="narration-controls__volume" aria-live="polite" data-testid="volume-level">
        {strings.volume(percent)}
      </span>
      <ChromeButton
        icon="volume-up"
        label={strings.volumeUp}
        onPress={() => setNarrationVolume(narration.volume + VOLUME_STEP)}
        disabled={narration.volume >= 1}
        testId="volume-up"
      />
      <ChromeButton
        icon="captions"
        label={strings.captions}
        pressed={captionsOn}
        onPress={onToggleCaptions}
        testId="captions-toggle"
      />
    </div>
  );
};
