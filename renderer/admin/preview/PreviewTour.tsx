import type { LanguageCode } from '../../../electron/shared/content-pack';
import { ScreenStage } from '../../components/ScreenStage';
import { VisitRoot } from '../../components/VisitRoot';
import { PackStringsContext, stringsFor } from '../../i18n';
import { ChapterScreen } from '../../screens/ChapterScreen';
import { EndScreen } from '../../screens/EndScreen';
import { HubScreen } from '../../screens/HubScreen';
import type { ActiveContent } from '../api/admin-calls';
import type { AdminStrings } from '../i18n';
import { usePreviewTour } from './usePreviewTour';

type PreviewTourProps = Readonly<{
  content: ActiveContent;
  language: LanguageCode;
  languages: readonly LanguageCode[];
  strings: AdminStrings;
  onEnd: () => void;
}>;

/**
 * The staged pack walked with the visitor's own screens (hub, chapters, end
 * card) under a banner saying it is a preview. No visit is logged: the
 * preview's actions have no logger (usePreviewTour).
 */
export const PreviewTour = ({ content, language, languages, strings, onEnd }: PreviewTourProps) => {
  const offered = languages.filter((l) => content.manifest.languages.includes(l));
  const start = content.manifest.languages.includes(language) ? language : content.manifest.defaultLanguage;
  const { state, actions } = usePreviewTour(content, start, onEnd);
  const props = {
    manifest: content.manifest,
    mediaBase: content.mediaBase,
    tour: state,
    actions,
    strings: stringsFor(state.language, content.manifest.uiStrings),
    languages: offered.length > 0 ? offered : content.manifest.languages,
  };
  const key = state.screen === 'chapter' ? `chapter-${state.chapterIndex}` : state.screen;
  return (
    <div className="admin-preview" data-testid="admin-preview">
      <VisitRoot tour={state} actions={actions}>
        <div
          className={`kiosk admin-preview__tour${state.largeText ? ' kiosk--large' : ''}`}
          data-screen={state.screen}
          data-language={state.language}
        >
          <PackStringsContext value={content.manifest.uiStrings}>
            <ScreenStage screenKey={key} terminology={content.manifest.terminology}>
              {state.screen === 'hub' && <HubScreen {...props} />}
              {state.screen === 'chapter' && <ChapterScreen {...props} />}
              {state.screen === 'end' && <EndScreen {...props} />}
            </ScreenStage>
          </PackStringsContext>
        </div>
      </VisitRoot>
      <div className="admin-preview__banner" role="status">
        <span>{strings.preview.banner}</span>
        <button type="button" className="admin-button admin-button--primary" data-testid="preview-end" onClick={onEnd}>
          {strings.preview.end}
        </button>
      </div>
    </div>
  );
};
