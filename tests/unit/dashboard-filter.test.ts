import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessGuard } from '../../electron/core/admin/access-guard';
import { createDispatcher } from '../../electron/core/dispatcher';
import type { AllHandlers } from '../../electron/core/handlers';
import { createVisitHandlers, type VisitLog } from '../../electron/core/visit-log';
import type { StatsDashboard } from '../../electron/shared/contract/stats';
import type { Result } from '../../electron/shared/result';
import { generateVisits } from '../fixtures/visit-log/generate';
import { ingestAll, testVisitLog } from '../fixtures/visit-log/service';
import { tempDir } from '../fixtures/visit-log/temp';

// An admin session for every call: this test is about the input, not access (admin-access.test.ts is).
const ADMIN: AccessGuard = { authorize: () => ({ id: 's', role: 'admin' }), record: () => undefined };

let tmp: ReturnType<typeof tempDir>;
let log: VisitLog;
let dispatch: (input: unknown) => Promise<Result<StatsDashboard>>;
beforeAll(() => {
  tmp = tempDir();
  log = testVisitLog(tmp.dir).log; // kiosk id 'kiosk-test'
  const from = Date.parse('2026-11-01T00:00:00+08:00');
  ingestAll(log, generateVisits({ seed: 5, visits: 200, fromMs: from, toMs: from + 7 * 86_400_000 }));
  const run = createDispatcher(createVisitHandlers(log) as unknown as AllHandlers, () => undefined, ADMIN);
  dispatch = (input) => run('stats:dashboard', input, { transport: 'http', sessionToken: 't' }) as Promise<Result<StatsDashboard>>;
});
afterAll(() => {
  log.close();
  tmp.cleanup();
});

const RANGE = { from: '2026-11-01', to: '2026-11-07' };
const visits = (r: Result<StatsDashboard>) => (r.ok ? r.value.current.visits : `error ${r.error.code}`);

describe('stats:dashboard fleet filters on a kiosk', () => {
  it('counts every visit without a filter, and with a filter that includes this kiosk', async () => {
    expect(await dispatch(RANGE).then(visits)).toBe(200);
    expect(await dispatch({ ...RANGE, kioskIds: ['other', 'kiosk-test'] }).then(visits)).toBe(200);
  });

  it('gives empty periods (every day still listed) for a filter that leaves this kiosk out', async () => {
    const r = await dispatch({ ...RANGE, kioskIds: ['other-kiosk'] });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.current.visits).toBe(0);
    expect(r.value.current.visitsPerDay).toHaveLength(7);
    expect(r.value.current.chapters.every((c) => c.entered === 0 && c.medianEngagedMs === null)).toBe(true);
    expect(r.value.previous.visits).toBe(0);
    expect(await dispatch({ ...RANGE, kioskIds: [] }).then(visits)).toBe(0);
  });

  it('ignores a venue (a kiosk does not know its own)', async () => {
    expect(await dispatch({ ...RANGE, venue: 'Changjiahui Hall 2' }).then(visits)).toBe(200);
  });

  it.each([
    [{ kioskIds: ['bad id'] }, 'kioskIds[0]'],
    [{ kioskIds: ['x'.repeat(65)] }, 'kioskIds[0]'],
    [{ kioskIds: Array.from({ length: 501 }, (_, i) => `k${i}`) }, 'kioskIds'],
    [{ venue: '' }, 'venue'],
    [{ venue: 'v'.repeat(101) }, 'venue'],
  ])('refuses %j (field %s)', async (extra, field) => {
    expect(await dispatch({ ...RANGE, ...extra })).toMatchObject({ ok: false, error: { code: 'invalid-input', field } });
  });
});
