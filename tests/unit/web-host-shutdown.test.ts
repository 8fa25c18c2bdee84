import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { startFromSources } from '../fixtures/web-host-from-sources';

const post = (url: string, name: string, input: unknown) =>
  fetch(`${url}api/call/${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  }).then((response) => response.json() as Promise<{ ok: boolean }>);

describe('web host shutdown', () => {
  it('flushes logged visit events on SIGTERM before exiting with 0', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiosk-shutdown-'));
    const host = await startFromSources(dataDir);
    const visitId = randomUUID();
    const at = Date.now();
    expect(
      await post(host.url, 'visit:start', {
        visitId,
        at,
        language: 'zh-CN',
        packId: 'changjiahui-default',
        packVersion: '1.0.0',
      }),
    ).toMatchObject({ ok: true });
    for (let seq = 1; seq <= 20; seq++) {
      const event = {
        id: randomUUID(),
        visitId,
        seq,
        at: at + seq,
        chapter: 'hard-core',
        type: 'narration-paused',
        payload: { positionMs: seq * 100 },
      };
      expect(await post(host.url, 'visit:event', event)).toMatchObject({ ok: true });
    }
    // No wait for the logger's flush timer: SIGTERM must flush what is buffered.
    const exitCode = await new Promise<number | null>((resolve) => {
      host.child.once('exit', resolve);
      host.child.kill('SIGTERM');
    });
    expect(exitCode, host.stderr()).toBe(0);
    const db = new Database(path.join(dataDir, 'visits.sqlite'), { readonly: true });
    try {
      const { n } = db.prepare('SELECT count(*) AS n FROM visit_events WHERE visit_id = ?').get(visitId) as {
        n: number;
      };
      expect(n).toBe(20);
    } finally {
      db.close();
    }
  });
});
