import type { LanguageCode } from '../../../electron/shared/content-pack';
import type { AdminCaller, AdminRole } from '../api/admin-calls';
import type { AdminLanguage, AdminStrings } from '../i18n';

/** What every signed-in admin screen gets from the shell. */
export type AdminScreenProps = Readonly<{
  strings: AdminStrings;
  language: AdminLanguage;
  role: AdminRole;
  /** Calls with the session's token. */
  call: AdminCaller;
  /** Languages the kiosk offers (the preview's language switch). */
  languages: readonly LanguageCode[];
}>;
