import * as electron from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { KioskApi } from '../../electron/shared/api';
import { MAX_SEND_BATCH, SEND_CHANNEL } from '../../electron/shared/channels';
import { callChannel, EVENT_CHANNEL } from '../../electron/shared/contract';
import { fakeEvent, type FakeElectron } from '../fixtures/fake-electron';

// The preload imports the real module name; here it gets the fake's contextBridge and ipcRenderer.
vi.mock('electron', async () => (await import('../fixtures/fake-electron')).createFakeElectron());

const fake = electron as unknown as FakeElectron;
let kiosk: KioskApi;

beforeAll(async () => {
  await import('../../electron/preload/index');
  kiosk = fake.contextBridge.exposed.get('kiosk') as KioskApi;
});

describe('preload bridge', () => {
  it('exposes exactly the KioskApi as window.kiosk, and nothing else', () => {
    expect([...fake.contextBridge.exposed.keys()]).toEqual(['kiosk']);
    expect(Object.keys(kiosk).sort()).toEqual(['call', 'on', 'send']);
    expect(Object.values(kiosk).every((value) => typeof value === 'function')).toBe(true);
  });

  it('call invokes the namespaced channel and returns the envelope', async () => {
    fake.ipcRenderer.answer = (_channel, input) => ({ ok: true, value: { text: (input as { text: string }).text, receivedAt: 'now' } });
    const answer = await kiosk.call('app:echo', { text: 'hi' });
    expect(answer).toEqual({ ok: true, value: { text: 'hi', receivedAt: 'now' } });
    expect(fake.ipcRenderer.invoked.at(-1)).toEqual({ channel: callChannel('app:echo'), args: [{ text: 'hi' }, undefined] });
  });

  it('call passes the session token as the third invoke argument', async () => {
    fake.ipcRenderer.answer = () => ({ ok: true, value: {} });
    await kiosk.call('packs:status', {}, { session: 'tok' });
    expect(fake.ipcRenderer.invoked.at(-1)).toEqual({ channel: callChannel('packs:status'), args: [{}, 'tok'] });
  });

  it('call never rejects: a broken channel becomes an unavailable envelope', async () => {
    fake.ipcRenderer.answer = () => {
      throw new Error("No handler registered for 'kiosk:call:app:info'");
    };
    const answer = await kiosk.call('app:info', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('call refuses names that are not call-shaped without touching IPC (main checks the contract)', async () => {
    const before = fake.ipcRenderer.invoked.length;
    for (const name of ['__proto__', 'shell:exec; rm -rf /', '../app:info']) {
      const answer = await (kiosk.call as (name: string, input: unknown) => Promise<unknown>)(name, { cmd: 'rm' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'unknown-call' } });
    }
    expect(fake.ipcRenderer.invoked.length).toBe(before);
  });

  it('send returns nothing, and the sends of one task leave as one kiosk:send batch, in order, in bounded chunks', async () => {
    fake.ipcRenderer.answer = () => [];
    const before = fake.ipcRenderer.invoked.length;
    const returned: unknown = kiosk.send('app:echo', { text: 'first' });
    expect(returned).toBeUndefined();
    for (let i = 0; i < MAX_SEND_BATCH; i++) kiosk.send('app:echo', { text: `n${i}` });
    expect(fake.ipcRenderer.invoked.length).toBe(before);
    await Promise.resolve();
    const sent = fake.ipcRenderer.invoked.slice(before);
    expect(sent.map((s) => [s.channel, (s.args[0] as unknown[]).length])).toEqual([
      [SEND_CHANNEL, MAX_SEND_BATCH],
      [SEND_CHANNEL, 1],
    ]);
    expect((sent[0]?.args[0] as unknown[])[0]).toEqual({ name: 'app:echo', input: { text: 'first' } });
  });

  it('on delivers only the named event, payload only, until unsubscribed', () => {
    const seen: unknown[] = [];
    const stop = kiosk.on('content:changed', (payload) => seen.push(payload));
    fake.ipcRenderer.emit(EVENT_CHANNEL, fakeEvent(), { name: 'app:health-alert', payload: { kind: 'disk', message: 'full', at: 'now' } });
    fake.ipcRenderer.emit(EVENT_CHANNEL, fakeEvent(), { name: 'content:changed', payload: { packId: 'p', version: '1.0.0' } });
    expect(seen).toEqual([{ packId: 'p', version: '1.0.0' }]);
    stop();
    expect(fake.ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(0);
    fake.ipcRenderer.emit(EVENT_CHANNEL, fakeEvent(), { name: 'content:changed', payload: { packId: 'p', version: '1.0.1' } });
    expect(seen).toHaveLength(1);
  });
});
