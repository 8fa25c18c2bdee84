import { expect, test } from './fixtures';

test.describe('foundation: web host + contract', () => {
  test('renderer loads and shows the result of a contract call', async ({ page, kiosk }) => {
    await page.goto(kiosk.url);
    await expect(page.getByTestId('kiosk-info')).toContainText('kiosk-01');
    await expect(page.getByTestId('kiosk-info')).toContainText('web');
  });

  test('a contract call from the page round-trips', async ({ page, kiosk }) => {
    await page.goto(kiosk.url);
    const answer = await page.evaluate(async () => {
      const response = await fetch('/api/call/app:echo', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: '长嘉汇' }),
      });
      return response.json();
    });
    expect(answer).toMatchObject({ ok: true, value: { text: '长嘉汇' } });
  });

  test('an invalid payload is refused with an error naming the field', async ({ page, kiosk }) => {
    await page.goto(kiosk.url);
    const answer = await page.evaluate(async () => {
      const response = await fetch('/api/call/app:echo', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: 42 }),
      });
      return { status: response.status, body: await response.json() };
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'text' } });
    expect(answer.body.error.message).toContain('text');
  });

  test('a foreign Origin gets 403 and a foreign Host too', async ({ request, kiosk }) => {
    const call = `${kiosk.url}api/call/app:info`;
    const foreignOrigin = await request.post(call, { data: {}, headers: { Origin: 'http://evil.example' } });
    expect(foreignOrigin.status()).toBe(403);
    const rebinding = await request.get(kiosk.url, { headers: { Host: 'evil.example:80' } });
    expect(rebinding.status()).toBe(403);
    const own = await request.post(call, { data: {}, headers: { Origin: kiosk.url.replace(/\/$/, '') } });
    expect(own.status()).toBe(200);
  });

  test('the CSP header is present and an injected inline script does not run', async ({ page, kiosk }) => {
    const response = await page.goto(kiosk.url);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    const violations: string[] = [];
    page.on('console', (message) => violations.push(message.text()));
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    expect(violations.join('\n')).toMatch(/Content Security Policy/);
  });

  test('path traversal and directory listing are refused', async ({ request, kiosk }) => {
    for (const probe of [
      '..%2f..%2fpackage.json',
      '%2e%2e/%2e%2e/package.json',
      'assets/',
      'assets/..%5c..%5cpackage.json',
    ]) {
      const response = await request.get(`${kiosk.url}${probe}`);
      expect([400, 404], probe).toContain(response.status());
      expect(await response.text()).not.toContain('changjiahui-kiosk');
    }
  });
});
