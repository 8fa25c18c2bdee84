import {
  pauseNarration,
  replayNarration,
  resumeNarration,
  setNarrationVolume,
  type NarrationState,
} from '../audio/narration-audio';
import { useNarrationValue } from '../hooks/useNarration';
import type { UiStrings } from '../i18n';
import { CaptionedButton } from './CaptionedButton';
import { NarrationProgress } from './NarrationProgress';

type NarrationControlsProps = Readonly<{
  captionsOn: boolean;
  strings: UiStrings;
  onToggleCaptions: () => void;
}>;

const VOLUME_STEP = 0.2;

// Values, not the whole state: the controls re-render when one of these changes, not on every position tick.
const isPlaying = (state: NarrationState) => state.status === 'playing' || state.status === 'loading';
const volumeOf = (state: NarrationState) => state.volume;

/** Play/pause, replay, volume and captions, with a thin progress line (following the narration itself). */
export const NarrationControls = ({ captionsOn, strings, onToggleCaptions }: NarrationControlsProps) => {
  const playing = useNarrationValue(isPlaying);
  const volume = useNarrationValue(volumeOf);
  const percent = Math.round(volume * 100);
  return (
    <div className="narration-controls" role="group" aria-label={strings.narration}>
      <CaptionedButton
        icon={playing ? 'pause' : 'play'}
        label={playing ? strings.pause : strings.play}
        onPress={playing ? pauseNarration : resumeNarration}
        testId="narration-toggle"
      />
      <CaptionedButton icon="replay" label={strings.replay} onPress={replayNarration} testId="narration-replay" />
      <NarrationProgress />
      <CaptionedButton
        icon="volume-down"
        label={strings.volumeDown}
        short={strings.volumeDownShort}
        onPress={() => setNarrationVolume(volume - VOLUME_STEP)}
        disabled={volume <= 0}
        testId="volume-down"
      />
      <span className="narration-controls__volume" aria-live="polite" data-testid="volume-level">
        {strings.volume(percent)}
      </span>
      <CaptionedButton
        icon="volume-up"
        label={strings.volumeUp}
        short={strings.volumeUpShort}
        onPress={() => setNarrationVolume(volume + VOLUME_STEP)}
        disabled={volume >= 1}
        testId="volume-up"
      />
      <CaptionedButton
        icon="captions"
        label={strings.captions}
        pressed={captionsOn}
        onPress={onToggleCaptions}
        testId="captions-toggle"
      />
    </div>
  );
};
