import type { AdminRoute } from '../router/admin-routes';
import { tilesFor } from '../router/admin-routes';
import type { AdminScreenProps } from './admin-screen-props';
import { systemStrings } from '../system/strings';
import { SETTINGS_STRINGS } from '../settings/strings';

type HomeScreenProps = AdminScreenProps & Readonly<{ onOpen: (route: AdminRoute) => void }>;

/** Tiles for the screens the signed-in role may use. */
export const HomeScreen = ({ strings, language, role, onOpen }: HomeScreenProps) => {
  const labels: Record<Exclude<AdminRoute, 'home'>, readonly [string, string]> = {
    content: [strings.home.content, strings.home.contentHint],
    export: [strings.home.export, strings.home.exportHint],
    audit: [strings.home.audit, strings.home.auditHint],
    pins: [strings.home.pins, strings.home.pinsHint],
    dashboard: [strings.home.dashboard, strings.home.dashboardHint],
    system: [systemStrings(language).tile, systemStrings(language).tileHint],
    settings: [SETTINGS_STRINGS[language].tile, SETTINGS_STRINGS[language].tileHint],
  };
  return (
    <section className="admin-home" aria-labelledby="admin-home-title">
      <h2 id="admin-home-title">{strings.home.title}</h2>
      <div className="admin-tiles">
        {tilesFor(role).map((route) => {
          if (route === 'home') return null;
          const [title, hint] = labels[route];
          return (
            <button
              key={route}
              type="button"
              className="admin-tile"
              data-testid={`admin-tile-${route}`}
              onClick={() => onOpen(route)}
            >
              <span className="admin-tile__title">{title}</span>
              <span className="admin-tile__hint">{hint}</span>
            </button>
          );
        })}
      </div>
    </section>
  );
};
