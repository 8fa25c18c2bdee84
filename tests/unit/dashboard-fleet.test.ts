import { createElement, type FunctionComponent } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DashboardInput } from '../../electron/shared/contract/stats';
import { chooseVenue, dashboardInput, kiosksIn, NO_FILTER, toggleKiosk, venuesOf } from '../../renderer/admin/dashboard/fleet-filter';
import { dashboardStrings } from '../../renderer/admin/dashboard/strings';

// The components (.tsx) are loaded by path: the Node type check has no JSX, vitest compiles them.
const component = async (file: string, name: string) =>
  ((await import(/* @vite-ignore */ `../../renderer/admin/dashboard/${file}`)) as Record<string, FunctionComponent<Record<string, unknown>>>)[name]!;
const DashboardScreen = await component('DashboardScreen.tsx', 'DashboardScreen');
const FleetPanel = await component('FleetPanel.tsx', 'FleetPanel');

// Fixtures at the seam: what `kiosk fleet serve` hands the screen.
const KIOSKS = [
  { kioskId: 'cq-hall-2', venue: '长嘉汇 2 号馆', lastSeenAt: '2026-12-03T06:00:00.000Z', backlog: 0 },
  { kioskId: 'cq-hall-1', venue: '长嘉汇 1 号馆', lastSeenAt: null, backlog: null },
  { kioskId: 'cq-lobby', venue: '长嘉汇 1 号馆', lastSeenAt: '2026-12-02T23:59:00.000Z', backlog: 12 },
  { kioskId: 'spare', venue: null, lastSeenAt: null, backlog: 3 },
];
const RANGE = { from: '2026-11-01', to: '2026-11-30' };
const never = () => new Promise<never>(() => undefined);

describe('dashboard fleet filters', () => {
  it('sends only what is picked, and what it sends passes the contract', () => {
    expect(dashboardInput(RANGE, NO_FILTER)).toEqual(RANGE);
    let f = chooseVenue('长嘉汇 1 号馆');
    expect(kiosksIn(KIOSKS, f.venue).map((k) => k.kioskId)).toEqual(['cq-hall-1', 'cq-lobby']);
    f = toggleKiosk(toggleKiosk(f, 'cq-lobby'), 'cq-hall-1');
    const input = dashboardInput(RANGE, f);
    expect(input).toEqual({ ...RANGE, kioskIds: ['cq-hall-1', 'cq-lobby'], venue: '长嘉汇 1 号馆' });
    expect(DashboardInput.parse(input)).toEqual(input);
    expect(toggleKiosk(f, 'cq-lobby').kioskIds).toEqual(['cq-hall-1']);
    expect(chooseVenue(null)).toEqual(NO_FILTER); // a new venue clears the kiosks picked
    expect(venuesOf(KIOSKS)).toEqual(['长嘉汇 1 号馆', '长嘉汇 2 号馆']);
  });

  it('shows venue and kiosk chips and a per-kiosk table (last seen, backlog) only with the fleet prop', () => {
    const kiosk = renderToStaticMarkup(createElement(DashboardScreen, { call: never, language: 'en', today: '2026-12-03' }));
    expect(kiosk).toContain('data-testid="dashboard-screen"');
    expect(kiosk).not.toContain('dash-fleet');
    expect(kiosk).not.toContain('dash-venue');
    const fleet = renderToStaticMarkup(createElement(DashboardScreen, { call: never, language: 'zh-CN', today: '2026-12-03', fleet: { kiosks: KIOSKS } }));
    for (const id of ['dash-fleet-table', 'dash-venue-all', 'dash-venue-长嘉汇 2 号馆', 'dash-kiosk-all', 'dash-kiosk-cq-lobby', 'dash-fleet-row-spare']) expect(fleet).toContain(`data-testid="${id}"`);
    expect(fleet).toContain('全部场馆');
  });

  it('lists the kiosks of the chosen venue with their backlog, "never" for one not seen yet', () => {
    const html = renderToStaticMarkup(
      createElement(FleetPanel, { fleet: { kiosks: KIOSKS }, filter: toggleKiosk(chooseVenue('长嘉汇 1 号馆'), 'cq-lobby'), strings: dashboardStrings('en'), onChange: () => undefined }),
    );
    expect(html).toContain('data-testid="dash-fleet-row-cq-lobby"');
    expect(html).not.toContain('dash-fleet-row-cq-hall-2');
    expect(html).toMatch(/<tr data-testid="dash-fleet-row-cq-hall-1"><td>cq-hall-1<\/td><td>长嘉汇 1 号馆<\/td><td>never<\/td><td>–<\/td><\/tr>/);
    expect(html).toMatch(/<tr data-testid="dash-fleet-row-cq-lobby">.*<td>12<\/td><\/tr>/);
    expect(html).toMatch(/aria-pressed="true" data-testid="dash-kiosk-cq-lobby"/);
    expect(html).toMatch(/aria-pressed="false" data-testid="dash-kiosk-all"/);
  });
});
