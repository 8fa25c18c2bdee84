import { useState } from 'react';
import { ADMIN_STRINGS, type AdminLanguage } from '../admin/i18n';
import { PinPadScreen } from '../admin/screens/PinPadScreen';
import { useAdminSession } from '../admin/session/useAdminSession';
import '../admin/styles/admin.css';
import { FleetShell } from './FleetShell';

/** English when the browser asks for it, else Chinese (as the kiosk's admin mode). */
const browserLanguage = (): AdminLanguage => (navigator.language.toLowerCase().startsWith('en') ? 'en' : 'zh-CN');

/** One sign-in: the PIN pad, then the fleet dashboard; ending the session ends this mount. */
const FleetSession = ({
  lang,
  onToggleLanguage,
  onClosed,
}: Readonly<{ lang: AdminLanguage; onToggleLanguage: () => void; onClosed: () => void }>) => {
  const session = useAdminSession(onClosed);
  const strings = ADMIN_STRINGS[lang];
  const { state } = session;
  if (state.phase === 'pin')
    return (
      <PinPadScreen
        pad={state}
        session={session}
        strings={strings}
        onToggleLanguage={onToggleLanguage}
        onCancel={session.signOut}
      />
    );
  if (state.phase === 'signed-in')
    return <FleetShell session={session} language={lang} onToggleLanguage={onToggleLanguage} />;
  return null;
};

/**
 * The fleet dashboard page: admin mode's PIN pad and session rules, then the
 * kiosk's own DashboardScreen over every kiosk. Signing out (or the session
 * timing out) opens a fresh PIN pad: there is nothing behind it to return to.
 */
export const FleetApp = () => {
  const [lang, setLang] = useState<AdminLanguage>(browserLanguage);
  const [round, setRound] = useState(0);
  return (
    <div className="admin" lang={lang === 'en' ? 'en' : 'zh-Hans'} data-testid="fleet">
      <FleetSession
        key={round}
        lang={lang}
        onToggleLanguage={() => setLang((l) => (l === 'en' ? 'zh-CN' : 'en'))}
        onClosed={() => setRound((r) => r + 1)}
      />
    </div>
  );
};
