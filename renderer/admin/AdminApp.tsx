import { useState } from 'react';
import type { LanguageCode } from '../../electron/shared/content-pack';
import { ADMIN_STRINGS, adminLanguageOf, type AdminLanguage } from './i18n';
import { AdminShell } from './screens/AdminShell';
import { PinPadScreen } from './screens/PinPadScreen';
import { useAdminSession } from './session/useAdminSession';
import './styles/admin.css';

type AdminAppProps = Readonly<{
  /** The kiosk's language when admin mode opened: the admin screens start in it. */
  language: LanguageCode;
  /** Languages the kiosk offers (the preview's language switch). */
  languages: readonly LanguageCode[];
  /** Admin mode is over (exit, timeout, pad closed): back to the attract loop. */
  onExit: () => void;
}>;

/** Admin mode: the PIN pad, then the signed-in screens. Loaded as its own chunk. */
const AdminApp = ({ language, languages, onExit }: AdminAppProps) => {
  const [lang, setLang] = useState<AdminLanguage>(adminLanguageOf(language));
  const session = useAdminSession(onExit);
  const strings = ADMIN_STRINGS[lang];
  const toggleLanguage = () => setLang((l) => (l === 'en' ? 'zh-CN' : 'en'));
  const { state } = session;
  return (
    <div className="admin" lang={lang === 'en' ? 'en' : 'zh-Hans'} data-testid="admin">
      {state.phase === 'pin' && (
        <PinPadScreen
          pad={state}
          session={session}
          strings={strings}
          onToggleLanguage={toggleLanguage}
          onCancel={session.signOut}
        />
      )}
      {state.phase === 'signed-in' && (
        <AdminShell
          role={state.role}
          session={session}
          strings={strings}
          language={lang}
          languages={languages}
          onToggleLanguage={toggleLanguage}
        />
      )}
    </div>
  );
};

export default AdminApp;
