import { useState } from 'react';
import type { LanguageCode } from '../../../electron/shared/content-pack';
import type { AdminRole } from '../api/admin-calls';
import { AdminTopBar } from '../components/AdminTopBar';
import type { AdminLanguage, AdminStrings } from '../i18n';
import { mayOpen, type AdminRoute } from '../router/admin-routes';
import { minutesSeconds } from '../session/session-machine';
import type { AdminSession } from '../session/useAdminSession';
import { DashboardRoute } from '../dashboard/DashboardRoute';
import { AuditScreen } from './AuditScreen';
import { ContentScreen } from './ContentScreen';
import { ExportScreen } from './ExportScreen';
import { HomeScreen } from './HomeScreen';
import { PinsScreen } from './PinsScreen';
import { SystemScreen } from '../system/SystemScreen';
import { SettingsScreen } from '../settings/SettingsScreen';

type AdminShellProps = Readonly<{
  role: AdminRole;
  session: AdminSession;
  strings: AdminStrings;
  language: AdminLanguage;
  languages: readonly LanguageCode[];
  onToggleLanguage: () => void;
}>;

/** The signed-in admin mode: its own router (home and the screens the role may use) under one header. */
export const AdminShell = ({ role, session, strings, language, languages, onToggleLanguage }: AdminShellProps) => {
  const [route, setRoute] = useState<AdminRoute>('home');
  const shown: AdminRoute = mayOpen(role, route) ? route : 'home';
  const timeout = minutesSeconds(session.config.sessionMs);
  const props = { strings, language, role, call: session.call, languages };
  return (
    <div className="admin-screen" data-testid={`admin-screen-${shown}`}>
      <AdminTopBar
        strings={strings}
        subtitle={strings.signedInAs(strings.role[role], timeout)}
        onBack={shown === 'home' ? undefined : () => setRoute('home')}
        onToggleLanguage={onToggleLanguage}
        onExit={session.signOut}
        exitLabel={strings.exit}
      />
      <main className="admin-main">
        {shown === 'home' && <HomeScreen {...props} onOpen={setRoute} />}
        {shown === 'content' && <ContentScreen {...props} />}
        {shown === 'export' && <ExportScreen {...props} />}
        {shown === 'audit' && <AuditScreen {...props} />}
        {shown === 'pins' && <PinsScreen {...props} />}
        {shown === 'dashboard' && <DashboardRoute {...props} />}
        {shown === 'system' && <SystemScreen {...props} />}
        {shown === 'settings' && <SettingsScreen {...props} />}
      </main>
    </div>
  );
};
