import type { DashboardInput } from '../../../electron/shared/contract/stats';
import type { DateRangeInput } from './range-presets';

/** One kiosk as `kiosk fleet serve` lists it for the dashboard. */
export type FleetKiosk = Readonly<{ kioskId: string; venue: string | null; lastSeenAt: string | null; backlog: number | null }>;
/** The fleet, when the dashboard runs over it (absent on a kiosk). */
export type FleetProp = Readonly<{
  kiosks: ReadonlyArray<FleetKiosk>;
  /** Told each new filter (the fleet page's export covers what the dashboard shows). */
  onFilter?: (filter: FleetFilter) => void;
}>;

/** What the administrator picked: a venue (null = all) and kiosks (empty = all of the venue). */
export type FleetFilter = Readonly<{ venue: string | null; kioskIds: readonly string[] }>;
export const NO_FILTER: FleetFilter = { venue: null, kioskIds: [] };

/** The venues of the fleet, sorted, each once. */
export const venuesOf = (kiosks: ReadonlyArray<FleetKiosk>): string[] =>
  [...new Set(kiosks.flatMap((k) => (k.venue === null ? [] : [k.venue])))].sort();

/** The kiosks a venue choice leaves to pick from. */
export const kiosksIn = (kiosks: ReadonlyArray<FleetKiosk>, venue: string | null): FleetKiosk[] =>
  kiosks.filter((k) => venue === null || k.venue === venue);

const pad = (n: number) => String(n).padStart(2, '0');
/** When a kiosk last reported, in the local time of the screen: `YYYY-MM-DD HH:mm`; null stays null. */
export const formatSeen = (iso: string | null): string | null => {
  if (iso === null) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** Picks or unpicks a kiosk. */
export const toggleKiosk = (filter: FleetFilter, kioskId: string): FleetFilter => ({
  ...filter,
  kioskIds: filter.kioskIds.includes(kioskId) ? filter.kioskIds.filter((k) => k !== kioskId) : [...filter.kioskIds, kioskId].sort(),
});

/** A new venue clears the kiosks picked (they may not be in it). */
export const chooseVenue = (venue: string | null): FleetFilter => ({ venue, kioskIds: [] });

/** The `stats:dashboard` input for a range and a filter: only what is picked is sent. */
export const dashboardInput = (range: DateRangeInput, filter: FleetFilter): DashboardInput => ({
  from: range.from,
  to: range.to,
  ...(filter.kioskIds.length > 0 ? { kioskIds: [...filter.kioskIds] } : {}),
  ...(filter.venue !== null ? { venue: filter.venue } : {}),
});
