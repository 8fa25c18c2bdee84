import { describe, expect, it } from 'vitest';
import { callChannel, looksLikeCallName } from '../../electron/shared/channels';
import { calls } from '../../electron/shared/contract';

describe('IPC channels', () => {
  it('every contract call passes the preload name check', () => {
    const refused = Object.keys(calls).filter((name) => !looksLikeCallName(name));
    expect(refused).toEqual([]);
  });

  it('refuses names that are not call-shaped', () => {
    for (const name of ['', 'app', 'app:', '__proto__', 'app:info;rm', 'APP:INFO', 'app:info/../x']) {
      expect(looksLikeCallName(name), name).toBe(false);
    }
  });

  it('namespaces calls under kiosk:', () => {
    expect(callChannel('app:info')).toBe('kiosk:call:app:info');
  });
});
