/**
 * `kiosk fleet serve` beyond loopback: only over TLS, with a real certificate
 * (a CA and a server certificate made by openssl here), real server, real sockets.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FleetServer } from '../../electron/cli/fleet-serve';
import { createCentralDb, type CentralDb } from '../fixtures/fleet/central';
import { FLEET_PIN, startTestFleetServer } from '../fixtures/fleet/serve';
import { describeWithPostgres } from '../fixtures/fleet/suite';
import { tempDir } from '../fixtures/visit-log/temp';

const NAME = 'fleet.test';
/** The machine's own network address when it has one (a bind beyond loopback), else every address. */
const external = Object.values(os.networkInterfaces())
  .flat()
  .find((a) => a && a.family === 'IPv4' && !a.internal)?.address;
const BIND = external ?? '0.0.0.0';
const CONNECT = external ?? '127.0.0.1';

/** A CA, and a server certificate for NAME signed by it (P-256 keys: quick to make). */
const makeCertificates = (dir: string) => {
  const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const key = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  ssl('req', '-x509', ...key, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '2', '-subj', '/CN=Fleet test CA');
  ssl('req', ...key, '-keyout', 'server.key', '-out', 'server.csr', '-subj', `/CN=${NAME}`);
  fs.writeFileSync(
    path.join(dir, 'server.ext'),
    `subjectAltName=DNS:${NAME}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n`,
  );
  const sign = ['-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-days', '2', '-extfile', 'server.ext'];
  ssl('x509', '-req', '-in', 'server.csr', ...sign, '-out', 'server.pem');
  return { ca: path.join(dir, 'ca.pem'), cert: path.join(dir, 'server.pem'), key: path.join(dir, 'server.key') };
};

type Answer = Readonly<{ status: number; body: string }>;
/** One POST over a real socket: https with the given trust (or none), or plain http. */
const post = (
  scheme: 'http' | 'https',
  port: number,
  route: string,
  body: unknown,
  o: Readonly<{ ca?: Buffer; token?: string }> = {},
): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const text = JSON.stringify(body);
    const request = (scheme === 'https' ? https : http).request(
      {
        host: CONNECT,
        port,
        path: route,
        method: 'POST',
        servername: NAME,
        ...(o.ca ? { ca: o.ca } : {}),
        headers: {
          Host: `${NAME}:${port}`,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(text),
          ...(o.token ? { 'X-Kiosk-Session': o.token } : {}),
        },
      },
      (res) => {
        let answer = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (answer += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: answer }));
      },
    );
    request.on('error', reject);
    request.end(text);
  });

describeWithPostgres('kiosk fleet serve over TLS beyond loopback', (server) => {
  let central: CentralDb;
  let fleet: FleetServer;
  let port: number;
  let ca: Buffer;
  const tmp = tempDir('fleet-tls-');

  beforeAll(async () => {
    central = await createCentralDb(server(), 'tls');
    const files = makeCertificates(tmp.dir);
    ca = fs.readFileSync(files.ca);
    const rendererDir = path.join(tmp.dir, 'renderer');
    fs.mkdirSync(rendererDir, { recursive: true });
    fs.writeFileSync(path.join(rendererDir, 'fleet.html'), '<!doctype html><p>fleet</p>');
    process.env.KIOSK_RENDERER_DIR = rendererDir;
    fleet = await startTestFleetServer(central, path.join(tmp.dir, 'state'), {
      bind: BIND,
      'tls-cert': files.cert,
      'tls-key': files.key,
      'server-name': [NAME],
    });
    port = Number(new URL(fleet.url).port);
  }, 120_000);
  afterAll(async () => {
    delete process.env.KIOSK_RENDERER_DIR;
    await fleet?.close();
    await central?.drop();
    tmp.cleanup();
  });

  it(`listens on ${BIND} over https only; a client trusting the CA signs in and reads the dashboard`, async () => {
    expect(fleet.url).toBe(`https://${BIND}:${port}/`);
    const signIn = await post('https', port, '/api/call/admin:sign-in', { pin: FLEET_PIN }, { ca });
    expect(signIn.status).toBe(200);
    const { ok, value } = JSON.parse(signIn.body) as { ok: boolean; value: { token: string } };
    expect(ok).toBe(true);
    const range = { from: '2026-11-01', to: '2026-11-30' };
    const dashboard = await post('https', port, '/api/call/stats:dashboard', range, { ca, token: value.token });
    expect(JSON.parse(dashboard.body)).toMatchObject({ ok: true, value: { current: { visits: 0 } } });
    // Without the session the same call is refused: TLS is not a substitute for the PIN.
    expect(JSON.parse((await post('https', port, '/api/call/stats:dashboard', range, { ca })).body)).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
  });

  it('plain http to the same port gets no answer', async () => {
    await expect(post('http', port, '/api/call/admin:status', {})).rejects.toThrow(/socket hang up|ECONNRESET|EPROTO/);
  });

  it('a client that does not trust the CA refuses the server', async () => {
    await expect(post('https', port, '/api/call/admin:status', {})).rejects.toMatchObject({
      code: expect.stringMatching(/UNABLE_TO_GET_ISSUER_CERT_LOCALLY|UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN/),
    });
  });

  it('the same address without TLS is refused before anything listens, with the reason', async () => {
    await expect(startTestFleetServer(central, path.join(tmp.dir, 'state'), { bind: BIND })).rejects.toThrow(
      `refusing to serve on ${BIND} without TLS: give --tls-cert and --tls-key (HTTPS), or bind to 127.0.0.1 (the default)`,
    );
  });
});
