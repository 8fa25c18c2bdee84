import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { registerSessionGuards } from '../../electron/main/session-guards';
import { asElectron, createMemoryLog, fakeEvent, FakeSession } from '../fixtures/fake-electron';

const guarded = () => {
  const session = new FakeSession();
  const log = createMemoryLog();
  registerSessionGuards(asElectron<Session>(session), log);
  return { session, log };
};

describe('session guards', () => {
  it.each(['media', 'geolocation', 'notifications', 'fullscreen', 'clipboard-read', 'hid', 'serial', 'openExternal'])(
    'denies the %s permission request',
    (permission) => {
      const { session, log } = guarded();
      const answers: boolean[] = [];
      session.permissionRequestHandler?.({}, permission, (granted) => answers.push(granted), {});
      expect(answers).toEqual([false]);
      expect(log.lines[0]).toMatchObject({ level: 'warn', data: { permission } });
    },
  );

  it('answers every permission check and device request with no', () => {
    const { session } = guarded();
    for (const permission of ['media', 'clipboard-sanitized-write', 'usb', 'unknown']) {
      expect(session.permissionCheckHandler?.(null, permission, 'app://kiosk', {})).toBe(false);
    }
    expect(session.devicePermissionHandler?.({ deviceType: 'usb', origin: 'app://kiosk' })).toBe(false);
  });

  it('blocks downloads', () => {
    const { session } = guarded();
    const event = fakeEvent();
    session.emit('will-download', event, { getURL: () => 'app://kiosk/x.zip' }, {});
    expect(event.defaultPrevented).toBe(true);
  });
});
