import { useReducedMotionConfig } from 'motion/react';
import { useCallback, useMemo, useRef } from 'react';
import { seekNarration, type NarrationState } from '../audio/narration-audio';
import { sentenceIndexAt, transcriptSentences } from '../content/transcript';
import type { Cue } from '../content/vtt';
import { useKeepInView } from '../hooks/useKeepInView';
import { useNarrationValue } from '../hooks/useNarration';
import type { UiStrings } from '../i18n';
import { Dialog } from './Dialog';
import { ZhText } from './ZhText';
import '../styles/transcript.css';

type TranscriptProps = Readonly<{
  cues: readonly Cue[];
  /** The chapter's keyword, in the heading. */
  keyword: string;
  lang: string;
  strings: UiStrings;
  onClose: () => void;
}>;

/**
 * The chapter's whole narration as text (issue 19, item 2), from the caption
 * cues of the language being heard, one button per sentence. The sentence
 * being spoken is marked (weight, bar and arrow, not colour alone;
 * aria-current for screen readers) and kept in view; a tap plays the
 * narration from that sentence, paused or not. Follows the narration itself,
 * re-rendering when the sentence changes, not on every position tick.
 */
export const Transcript = ({ cues, keyword, lang, strings, onClose }: TranscriptProps) => {
  const sentences = useMemo(() => transcriptSentences(cues), [cues]);
  const currentOf = useCallback((state: NarrationState) => sentenceIndexAt(sentences, state.positionMs), [sentences]);
  const current = useNarrationValue(currentOf);
  const list = useRef<HTMLOListElement>(null);
  // Motion's setting, not the OS's alone: the tour's own reduced-motion choice reaches it through MotionConfig.
  useKeepInView(list, current, useReducedMotionConfig() ?? false);

  return (
    <Dialog
      title={<ZhText text={strings.transcriptTitle(keyword)} lang={lang} />}
      closeLabel={strings.close}
      onClose={onClose}
      testId="transcript"
      lang={lang}
      className="transcript"
    >
      <p className="transcript__hint">{strings.transcriptHint}</p>
      <ol ref={list} className="transcript__sentences" data-testid="transcript-sentences">
        {sentences.map((sentence, index) => (
          <li key={sentence.startMs}>
            <button
              type="button"
              className="transcript__sentence"
              aria-current={index === current ? 'true' : undefined}
              data-testid="transcript-sentence"
              data-start-ms={sentence.startMs}
              data-end-ms={sentence.endMs}
              onClick={() => seekNarration(sentence.startMs)}
            >
              <ZhText text={sentence.text} lang={lang} />
            </button>
          </li>
        ))}
      </ol>
    </Dialog>
  );
};
