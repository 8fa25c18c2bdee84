import type { App, BrowserWindow, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { guardEveryWebContents, isAppUrl, registerNavigationGuards, registerWindowGuards } from '../../electron/main/window-guards';
import { blockedShortcut, type KeyInput } from '../../electron/main/shortcuts';
import { asElectron, createMemoryLog, fakeEvent, FakeApp, FakeBrowserWindow, FakeWebContents } from '../fixtures/fake-electron';

const guarded = (devMode = false) => {
  const fake = new FakeBrowserWindow({});
  const log = createMemoryLog();
  registerWindowGuards(asElectron<BrowserWindow>(fake), { devMode, log });
  return { contents: fake.webContents, log };
};

const key = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({
  type: 'keyDown',
  key: k,
  control: false,
  meta: false,
  alt: false,
  shift: false,
  ...mods,
});

/** Fires before-input-event and says whether the shell prevented it. */
const pressed = (contents: ReturnType<typeof guarded>['contents'], input: KeyInput): boolean => {
  const event = fakeEvent();
  contents.emit('before-input-event', event, input);
  return event.defaultPrevented;
};

/** A web contents with the navigation guards, as every new contents gets them. */
const navGuarded = () => {
  const contents = new FakeWebContents();
  const log = createMemoryLog();
  registerNavigationGuards(asElectron<WebContents>(contents), log);
  return { contents, log };
};

describe('navigation guards', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s away from app:// is denied', (name) => {
    const { contents, log } = navGuarded();
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://evil/', 'kiosk-media://pack/x', 'javascript:alert(1)']) {
      const event = fakeEvent({ url, isMainFrame: name !== 'will-frame-navigate' });
      contents.emit(name, event, url);
      expect(event.defaultPrevented, url).toBe(true);
    }
    expect(log.messages('warn').length).toBe(5);
  });

  it('an iframe navigating away is denied once, by will-frame-navigate', () => {
    const { contents, log } = navGuarded();
    const main = fakeEvent({ url: 'https://example.com/', isMainFrame: true });
    contents.emit('will-frame-navigate', main);
    expect(main.defaultPrevented).toBe(false);
    const frame = fakeEvent({ url: 'https://example.com/', isMainFrame: false });
    contents.emit('will-frame-navigate', frame);
    expect(frame.defaultPrevented).toBe(true);
    expect(log.messages('warn')).toEqual(['frame navigation blocked']);
  });

  it('navigation inside the app origin is allowed', () => {
    const { contents } = navGuarded();
    const event = fakeEvent({ url: 'app://kiosk/index.html' });
    contents.emit('will-navigate', event, event.url);
    expect(event.defaultPrevented).toBe(false);
  });

  it('new windows are denied', () => {
    const { contents } = navGuarded();
    expect(contents.windowOpenHandler).not.toBeNull();
    const answer = contents.windowOpenHandler?.({ url: 'app://kiosk/', frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'no-referrer' } });
    expect(answer).toEqual({ action: 'deny' });
  });

  it('webview attachment is prevented', () => {
    const { contents } = navGuarded();
    const event = fakeEvent();
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('are applied to every web contents the app creates', () => {
    const app = new FakeApp();
    guardEveryWebContents(asElectron<App>(app), createMemoryLog());
    const contents = new FakeWebContents();
    app.emit('web-contents-created', fakeEvent(), contents);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/', frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'no-referrer' } })).toEqual({ action: 'deny' });
    const event = fakeEvent({ url: 'https://example.com/' });
    contents.emit('will-navigate', event, event.url);
    expect(event.defaultPrevented).toBe(true);
  });

  it('recognises only our own origin', () => {
    expect(isAppUrl('app://kiosk/pack/a@1.0.0/x.mp3')).toBe(true);
    expect(isAppUrl('app://kiosk.evil/')).toBe(false);
    expect(isAppUrl('app://user@kiosk:81/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });
});

describe('window guards: context menu and zoom', () => {
  it('prevents the context menu', () => {
    const { contents } = guarded();
    const event = fakeEvent();
    contents.emit('context-menu', event, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('limits pinch zoom after every load and undoes wheel zoom', () => {
    const { contents } = guarded();
    contents.emit('did-finish-load');
    contents.emit('did-finish-load');
    expect(contents.zoomLimits).toEqual([
      [1, 1],
      [1, 1],
    ]);
    contents.emit('zoom-changed', fakeEvent(), 'in');
    expect(contents.zoomFactors).toEqual([1]);
  });

  it.each([
    ['Ctrl +', key('+', { control: true })],
    ['Ctrl =', key('=', { control: true })],
    ['Ctrl -', key('-', { control: true })],
    ['Ctrl 0', key('0', { control: true })],
    ['Cmd +', key('+', { meta: true })],
  ])('blocks keyboard zoom %s, even in devMode', (_name, input) => {
    expect(pressed(guarded(false).contents, input)).toBe(true);
    expect(pressed(guarded(true).contents, input)).toBe(true);
  });
});

describe('window guards: shortcuts', () => {
  const blocked: Array<[string, KeyInput]> = [
    ['Ctrl+R', key('r', { control: true })],
    ['Ctrl+Shift+R', key('R', { control: true, shift: true })],
    ['F5', key('F5')],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true })],
    ['Ctrl+Shift+J', key('J', { control: true, shift: true })],
    ['F12', key('F12')],
    ['Ctrl+W', key('w', { control: true })],
    ['Ctrl+F4', key('F4', { control: true })],
    ['Alt+F4', key('F4', { alt: true })],
    ['Ctrl+Q', key('q', { control: true })],
    ['Cmd+Q', key('q', { meta: true })],
    ['Ctrl+P', key('p', { control: true })],
    ['Alt+Left', key('ArrowLeft', { alt: true })],
    ['F11', key('F11')],
  ];

  it.each(blocked)('blocks %s in production', (_name, input) => {
    expect(pressed(guarded(false).contents, input)).toBe(true);
  });

  it.each(blocked)('allows %s in devMode', (_name, input) => {
    expect(pressed(guarded(true).contents, input)).toBe(false);
  });

  it('lets ordinary typing through (admin PIN entry)', () => {
    const { contents } = guarded(false);
    for (const k of ['1', '2', 'a', 'Enter', 'Backspace', 'Escape']) expect(pressed(contents, key(k)), k).toBe(false);
  });

  it('ignores key-up events', () => {
    expect(blockedShortcut({ ...key('F5'), type: 'keyUp' }, false)).toBeNull();
  });

  it('names why a key is blocked', () => {
    expect(blockedShortcut(key('F12'), false)).toBe('devtools');
    expect(blockedShortcut(key('r', { control: true }), false)).toBe('reload');
    expect(blockedShortcut(key('F4', { alt: true }), false)).toBe('close');
    expect(blockedShortcut(key('=', { control: true }), true)).toBe('zoom');
  });
});
