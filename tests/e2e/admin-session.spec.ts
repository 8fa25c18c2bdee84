/** Needs the auth backend (admin:* calls, tests/fixtures/admin.ts). */
import { ADMIN_PIN, STAFF_PIN, callWith, expect, holdCorner, signIn, tapPin, test } from './admin-helpers';
import { openKiosk, recordVisitCalls } from './tour/helpers';

test.describe.configure({ timeout: 120_000 });

test('staff sign in by touch and see only Content and System; an admin sees every screen', async ({ page, kiosk }) => {
  const calls = recordVisitCalls(page);
  const token = await signIn(page, kiosk.url, STAFF_PIN);
  expect(token).not.toBe('');
  await expect(page.getByTestId('admin-session-line')).toContainText(/工作人员|Staff/);
  await expect(page.locator('[data-testid^="admin-tile-"]')).toHaveCount(2);
  await expect(page.getByTestId('admin-tile-content')).toBeVisible();
  await expect(page.getByTestId('admin-tile-system')).toBeVisible();
  // The staff token opens staff calls over HTTP, not admin ones.
  expect((await callWith(page, kiosk.url, 'packs:status', {}, token)).ok).toBe(true);
  expect((await callWith(page, kiosk.url, 'audit:list', {}, token)).error?.code).toBe('forbidden');
  await page.getByTestId('admin-exit').click();
  await expect(page.getByTestId('attract-screen')).toBeVisible();
  // Exit ended the session on the core.
  expect((await callWith(page, kiosk.url, 'packs:status', {}, token)).error?.code).toBe('unauthorized');

  await signIn(page, kiosk.url, ADMIN_PIN);
  for (const tile of ['content', 'export', 'audit', 'pins', 'system'])
    await expect(page.getByTestId(`admin-tile-${tile}`)).toBeVisible();
  expect(calls.filter((c) => c.name === 'visit:start')).toEqual([]);
});

test('a wrong PIN says how many tries are left; five lock the pad with a countdown', async ({ page, kiosk }) => {
  await openKiosk(page, kiosk.url);
  await holdCorner(page);
  await tapPin(page, '0000');
  await page.getByTestId('pin-submit').click();
  await expect(page.getByTestId('pin-message')).toContainText('4');
  await expect(page.getByTestId('pin-dots')).toHaveAttribute('data-count', '0');
  for (let i = 0; i < 4; i++) {
    await tapPin(page, '0000');
    await page.getByTestId('pin-submit').click();
    await expect(page.getByTestId('pin-dots')).toHaveAttribute('data-count', '0');
  }
  const message = page.getByTestId('pin-message');
  await expect(message).toContainText(/\d:\d\d/);
  const first = await message.textContent();
  await expect(page.getByTestId('pin-key-1')).toBeDisabled();
  await page.waitForTimeout(2_100);
  expect(await message.textContent()).not.toBe(first); // counting down
  // Even the right PIN is refused while locked (over HTTP: the pad does not even send it).
  const refused = await callWith(page, kiosk.url, 'admin:sign-in', { pin: ADMIN_PIN });
  expect(refused.error?.code).toBe('forbidden');
});

test('no touch for 5 minutes ends the session and returns to attract; the visitor idle guard stays off meanwhile', async ({
  page,
  kiosk,
}) => {
  const token = await signIn(page, kiosk.url, ADMIN_PIN);
  await page.clock.install();
  await page.clock.runFor(120_000); // past the visitor idle timeout (90 s): admin mode stays
  await expect(page.getByTestId('admin-screen-home')).toBeVisible();
  await expect(page.getByTestId('idle-overlay')).toHaveCount(0);
  await page.clock.runFor(181_000);
  await expect(page.getByTestId('attract-screen')).toBeVisible();
  await expect(page.getByTestId('admin')).toHaveCount(0);
  await expect
    .poll(async () => (await callWith(page, kiosk.url, 'packs:status', {}, token)).error?.code)
    .toBe('unauthorized');
});

test.describe('with no PIN set', () => {
  test.use({ pins: {} });
  test('the pad says how to set one and offers no keypad', async ({ page, kiosk }) => {
    await openKiosk(page, kiosk.url);
    await holdCorner(page);
    await expect(page.getByTestId('pin-unset')).toContainText('kiosk admin set-pin --role admin');
    await expect(page.getByTestId('pin-key-1')).toHaveCount(0);
  });
});

test('an admin changes the staff PIN on screen; the new one signs in, the old one does not', async ({
  page,
  kiosk,
}) => {
  await signIn(page, kiosk.url, ADMIN_PIN);
  await page.getByTestId('admin-tile-pins').click();
  await page.getByTestId('pins-role-staff').click();
  await tapPin(page, '97531');
  await page.getByTestId('pin-submit').click();
  await tapPin(page, '97531');
  await page.getByTestId('pin-submit').click();
  await expect(page.getByTestId('pins-outcome')).toContainText(/工作人员|Staff/);
  await page.getByTestId('admin-exit').click();
  expect((await callWith(page, kiosk.url, 'admin:sign-in', { pin: STAFF_PIN })).error?.code).toBe('unauthorized');
  await signIn(page, kiosk.url, '97531');
  await expect(page.locator('[data-testid^="admin-tile-"]')).toHaveCount(2);
});
