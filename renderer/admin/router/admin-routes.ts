/** The admin screens and who may open them. Pure: the shell, the home tiles and the tests read one table. */
import type { AdminRole } from '../api/admin-calls';

/** Every admin screen. */
export const ROUTES = ['home', 'dashboard', 'content', 'export', 'audit', 'pins', 'system', 'settings'] as const;
export type AdminRoute = (typeof ROUTES)[number];

/** The least role each screen needs (mirrors the access of the calls it makes). */
const NEEDS: Readonly<Record<AdminRoute, AdminRole>> = {
  home: 'staff',
  content: 'staff',
  export: 'admin',
  audit: 'admin',
  pins: 'admin',
  dashboard: 'admin',
  system: 'staff',
  settings: 'admin',
};

/** Whether `role` may open `route` (admin may do everything staff may). */
export const mayOpen = (role: AdminRole, route: AdminRoute): boolean => role === 'admin' || NEEDS[route] === 'staff';

/** The screens a role gets tiles for on the home screen, in order. */
export const tilesFor = (role: AdminRole): readonly AdminRoute[] =>
  ROUTES.filter((route) => route !== 'home' && mayOpen(role, route));
