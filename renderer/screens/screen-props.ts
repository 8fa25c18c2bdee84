import type { LanguageCode, PackManifest } from '../../electron/shared/content-pack';
import type { TourActions } from '../hooks/useTour';
import type { UiStrings } from '../i18n';
import type { TourState } from '../tour/tour-state';

/** What every visit screen gets from the app. */
export type ScreenProps = Readonly<{
  manifest: PackManifest;
  mediaBase: string;
  tour: TourState;
  actions: TourActions;
  strings: UiStrings;
  /** Languages offered (settings ∩ pack), in the switch's order. */
  languages: readonly LanguageCode[];
}>;
