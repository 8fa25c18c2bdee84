import type { Chapter, LanguageCode } from '../../electron/shared/content-pack';
import { pick } from '../content/localize';
import type { UiStrings } from '../i18n';

type ChapterProgressProps = Readonly<{
  chapters: readonly Chapter[];
  current: number;
  language: LanguageCode;
  strings: UiStrings;
  onSelect: (index: number) => void;
}>;

/** Five steps, one per chapter: where the visitor is, and a way to jump. */
export const ChapterProgress = ({ chapters, current, language, strings, onSelect }: ChapterProgressProps) => (
  <nav className="chapter-progress" aria-label={strings.progress}>
    <ol className="chapter-progress__list">
      {chapters.map((chapter, index) => (
        <li key={chapter.id}>
          <button
            type="button"
            className={`chapter-progress__step${index === current ? ' is-current' : ''}${index < current ? ' is-done' : ''}`}
            aria-current={index === current ? 'step' : undefined}
            aria-label={`${strings.chapterOf(index + 1, chapters.length)}: ${pick(chapter.keyword, language)}`}
            data-testid={`progress-step-${index + 1}`}
            onClick={() => onSelect(index)}
          >
            <span className="chapter-progress__dot" aria-hidden="true" />
            {/* A visible number under each dot: the dots alone say nothing to a first-time visitor. */}
            <span className="chapter-progress__number" aria-hidden="true">
              {index + 1}
            </span>
          </button>
        </li>
      ))}
    </ol>
  </nav>
);
