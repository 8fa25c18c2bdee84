import type { Input } from 'electron';

/** The parts of a key event the decision needs. */
export type KeyInput = Pick<Input, 'type' | 'key' | 'control' | 'meta' | 'alt' | 'shift'>;

/** Why a key was blocked, for the log and the tests; null = let it through. */
export type BlockReason = 'zoom' | 'reload' | 'devtools' | 'close' | 'browser' | null;

const ZOOM_KEYS = new Set(['+', '=', '-', '_', '0', 'Add', 'Subtract']);
const BROWSER_KEYS = new Set(['p', 's', 'o', 'n', 't', 'f', 'g', 'h', 'j', 'u', 'l', 'd']);

/**
 * Decides whether a keyboard shortcut is blocked. Zoom is blocked always (the layout
 * is designed for one scale); reload, devtools, close and browser shortcuts only in
 * production, since developers need them. A visitor can reach a keyboard on some
 * stands, and a USB barcode scanner types too.
 */
export const blockedShortcut = (input: KeyInput, devMode: boolean): BlockReason => {
  if (input.type !== 'keyDown' && input.type !== 'rawKeyDown') return null;
  const key = input.key.length === 1 ? input.key.toLowerCase() : input.key;
  const ctrl = input.control || input.meta;
  if (ctrl && ZOOM_KEYS.has(key)) return 'zoom';
  if (devMode) return null;
  if (key === 'F5' || (ctrl && key === 'r') || key === 'BrowserRefresh') return 'reload';
  if (key === 'F12' || (ctrl && input.shift && ['i', 'j', 'c'].includes(key))) return 'devtools';
  if ((input.alt && key === 'F4') || (ctrl && ['w', 'q', 'F4'].includes(key))) return 'close';
  if (input.alt && ['ArrowLeft', 'ArrowRight', 'Home'].includes(key)) return 'browser';
  if (['F11', 'BrowserBack', 'BrowserForward', 'BrowserHome'].includes(key)) return 'browser';
  if (ctrl && BROWSER_KEYS.has(key)) return 'browser';
  return null;
};
