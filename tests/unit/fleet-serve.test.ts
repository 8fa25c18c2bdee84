import { expect, it } from 'vitest';
import { fleetStatsDashboard } from '../../electron/core/fleet/dashboard';
import { runFleetCommand } from '../../electron/cli/fleet-command';
import { FLEET_PIN, TEST_FLEET } from '../fixtures/fleet/serve';
import { useServedFleet } from '../fixtures/fleet/served-fleet';
import { describeWithPostgres } from '../fixtures/fleet/suite';
import type { FleetKiosk } from '../../electron/shared/contract/fleet';
import type { StatsDashboard } from '../../electron/shared/contract/stats';

const END = Date.UTC(2026, 10, 30, 16); // 2026-12-01 00:00 +08:00
const sink = () => {
  let text = '';
  return {
    write: (t: string) => (text += t),
    get text() {
      return text;
    },
  };
};

it('serve refuses a bind address beyond loopback without TLS, before connecting anywhere', async () => {
  const [out, err] = [sink(), sink()];
  const code = await runFleetCommand(
    ['serve', '--postgres', 'postgres://admin:s3cret@db.invalid/fleet', '--bind', '0.0.0.0'],
    out,
    err,
  );
  expect(code).toBe(2);
  expect(err.text).toMatch(/refusing to serve on 0\.0\.0\.0 without TLS: give --tls-cert and --tls-key/);
  expect(err.text).not.toContain('s3cret');
  const half = sink();
  expect(
    await runFleetCommand(
      ['serve', '--postgres', 'postgres://a@db.invalid/f', '--bind', '10.0.0.5', '--tls-cert', 'c.pem'],
      sink(),
      half,
    ),
  ).toBe(2);
  expect(half.text).toMatch(/--tls-cert and --tls-key go together/);
});

describeWithPostgres('kiosk fleet serve: the dashboard over PostgreSQL behind the admin PIN', (server) => {
  const served = useServedFleet(server, { name: 'serve', endMs: END, days: 30 });
  const post = (route: string, body: unknown, token?: string, headers: Record<string, string> = {}) =>
    fetch(new URL(route, served.fleet.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(token ? { 'X-Kiosk-Session': token } : {}), ...headers },
      body: JSON.stringify(body),
    });
  const call = async <T = unknown>(name: string, input: unknown, token?: string) =>
    (await (await post(`/api/call/${name}`, input, token)).json()) as {
      ok: boolean;
      value: T;
      error?: { code: string };
    };

  it('answers nothing privileged without a session; a wrong PIN is refused and counted', async () => {
    expect(served.fleet.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect((await call('stats:dashboard', { from: '2026-11-01', to: '2026-11-30' })).error?.code).toBe('unauthorized');
    expect((await call('fleet:list', {}, 'forged-token')).error?.code).toBe('unauthorized');
    expect(
      (await post('/api/download/fleet:export', { from: '2026-11-01', to: '2026-11-30', format: 'csv' })).status,
    ).toBe(401);
    expect((await call('admin:sign-in', { pin: '0000' })).error?.code).toBe('unauthorized');
    expect((await call<{ attemptsLeft: number }>('admin:status', {})).value.attemptsLeft).toBe(4);
    // The web host's policy: foreign Host or Origin refused; the visitor tour is not served.
    expect((await post('/api/call/admin:status', {}, undefined, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await fetch(new URL('/', served.fleet.url))).status).toBe(200);
    expect((await fetch(new URL('/index.html', served.fleet.url))).status).toBe(404);
    expect((await fetch(new URL('/', served.fleet.url))).headers.get('content-security-policy')).toContain(
      "default-src 'self'",
    );
    // No kiosk behind it: the visitor calls are not served.
    expect((await call('app:info', {})).error?.code).toBe('unavailable');
  });

  it("signed in: stats:dashboard over PostgreSQL equals the kiosks' own, filtered by kiosk and venue; kiosks; merged export", async () => {
    const signIn = await call<{ token: string }>('admin:sign-in', { pin: FLEET_PIN });
    expect(signIn.ok).toBe(true);
    const { token } = signIn.value;
    const range = { from: '2026-11-16', to: '2026-11-30' };
    const own = served.logs.get('cq-jiangbei-2')!.dashboard(range.from, range.to);
    const one = await call<StatsDashboard>('stats:dashboard', { ...range, kioskIds: ['cq-jiangbei-2'] }, token);
    expect({ ...one.value, tookMs: 0 }).toEqual({ ...own, tookMs: 0 });
    const all = await call<StatsDashboard>('stats:dashboard', range, token);
    const expected = [...served.logs.values()].reduce(
      (n, log) => n + log.dashboard(range.from, range.to).current.visits,
      0,
    );
    expect(all.value.current.visits).toBe(expected);
    expect(own.current.visits).toBeGreaterThan(0);
    expect(own.current.visits).toBeLessThan(expected);
    const chongqing = await call<StatsDashboard>('stats:dashboard', { ...range, venue: 'Chongqing' }, token);
    expect(chongqing.value.current.visits).toBe(
      expected - served.logs.get('cd-tianfu-1')!.dashboard(range.from, range.to).current.visits,
    );
    expect(all.value).toEqual({
      ...(await fleetStatsDashboard(served.central.admin, range.from, range.to)),
      tookMs: all.value.tookMs,
    });

    const list = await call<{ kiosks: FleetKiosk[] }>('fleet:list', {}, token);
    expect(list.value.kiosks.map((k) => [k.kioskId, k.venue, k.backlog])).toEqual(
      [...TEST_FLEET].sort((a, b) => (a.id < b.id ? -1 : 1)).map((k) => [k.id, k.venue, 0]),
    );

    // The merged export (its contents: fleet-export.test.ts): a zip of visits, events and kiosks.
    const csv = await post('/api/download/fleet:export', { ...range, format: 'csv', kioskIds: ['cd-tianfu-1'] }, token);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="fleet_2026-11-16_2026-11-30_csv.zip"');
    expect([...Buffer.from(await csv.arrayBuffer()).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });
});
