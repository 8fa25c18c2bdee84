import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { JsonSyntaxError, parseJsonOrThrow } from '../shared/json-text';
import { KioskFailure } from '../shared/result';
import type { SettingsIssue } from '../shared/contract/settings';
import { formatPath } from '../shared/zod-issues';
import type { z } from 'zod';
import { Settings } from './settings';

/**
 * The settings an admin may change on screen. They are stored in the data dir
 * (`settings.overlay.json`) on top of kiosk.config.json, so the file a
 * technician wrote stays untouched and "reset" simply removes the overlay.
 */
export const OVERLAY_KEYS = [
  'idleSeconds',
  'idleWarningSeconds',
  'defaultLanguage',
  'defaultVolume',
  'captionsOnByDefault',
  'openingHours',
  'nightlyRestart',
] as const;
export type OverlayKey = (typeof OVERLAY_KEYS)[number];
/** The on-screen settings, all of them (what the settings screen shows and saves). */
export type ScreenSettings = Pick<Settings, OverlayKey>;
/** What the overlay file holds: only the keys that differ from the file's values. */
export type SettingsOverlay = Partial<ScreenSettings>;

export const OVERLAY_FILE = 'settings.overlay.json';
export const overlayFileOf = (dataDir: string): string => path.join(dataDir, OVERLAY_FILE);

const isOverlayKey = (key: string): key is OverlayKey => (OVERLAY_KEYS as readonly string[]).includes(key);

/** The on-screen keys of `settings`. */
export const screenSettingsOf = (settings: Settings): ScreenSettings =>
  Object.fromEntries(OVERLAY_KEYS.map((key) => [key, settings[key]])) as ScreenSettings;

/** A schema issue as the screen words it: a code and its numbers, the English message kept for logs. */
const issueOf = (issue: z.core.$ZodIssue): SettingsIssue => {
  const field = formatPath(issue.path);
  const message = issue.message;
  if (issue.code === 'too_small')
    return { field, code: 'too-small', params: { limit: Number(issue.minimum) }, message };
  if (issue.code === 'too_big') return { field, code: 'too-big', params: { limit: Number(issue.maximum) }, message };
  // Times are the only formatted strings on screen besides language tags, which are "invalid" in general words.
  const isTime = field === 'nightlyRestart' || field.startsWith('openingHours');
  if (issue.code === 'invalid_format' && isTime) return { field, code: 'not-a-time', params: {}, message };
  if (issue.code === 'custom' && issue.params?.rule === 'open-before-close')
    return { field, code: 'open-after-close', params: {}, message };
  return { field, code: 'invalid', params: {}, message };
};

/**
 * `base` with `overlay` on top, validated by the same schema as kiosk.config.json
 * (and the same languages rule). Returns every issue, so the screen can show each
 * next to its field.
 */
export const mergeOverlay = (
  base: Settings,
  overlay: Readonly<Record<string, unknown>>,
): Readonly<{ ok: true; settings: Settings } | { ok: false; issues: SettingsIssue[] }> => {
  const stray = Object.keys(overlay).filter((key) => !isOverlayKey(key));
  if (stray.length > 0)
    return {
      ok: false,
      issues: stray.map((field) => ({
        field,
        code: 'not-on-screen',
        params: {},
        message: 'not a setting that can be changed on screen',
      })),
    };
  const parsed = Settings.safeParse({ ...base, ...overlay });
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map(issueOf) };
  }
  if (parsed.data.languages && !parsed.data.languages.includes(parsed.data.defaultLanguage))
    return {
      ok: false,
      issues: [
        {
          field: 'defaultLanguage',
          code: 'not-in-languages',
          params: { value: parsed.data.defaultLanguage },
          message: `"${parsed.data.defaultLanguage}" is not in languages`,
        },
      ],
    };
  // The schema only checks paths; keep the ones the loader resolved (dataDir, roots) exactly as they were.
  return { ok: true, settings: { ...base, ...screenSettingsOf(parsed.data) } };
};

/** The entries of `wanted` that differ from `base`: what the overlay needs to hold. */
export const overlayAgainst = (base: Settings, wanted: ScreenSettings): SettingsOverlay =>
  Object.fromEntries(
    OVERLAY_KEYS.filter((key) => JSON.stringify(wanted[key]) !== JSON.stringify(base[key])).map((key) => [
      key,
      wanted[key],
    ]),
  ) as SettingsOverlay;

/**
 * Reads the overlay file; missing = `{}`. O_NOFOLLOW: a link planted in its
 * place is refused, never read through. Throws KioskFailure naming the file.
 */
export const readOverlay = (dataDir: string): Record<string, unknown> => {
  const file = overlayFileOf(dataDir);
  let text: string;
  try {
    const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
    try {
      if (!fs.fstatSync(fd).isFile()) throw new KioskFailure('invalid-input', `${file}: not a regular file`);
      text = fs.readFileSync(fd, 'utf8');
    } finally {
      fs.closeSync(fd);
    }
  } catch (error) {
    if (error instanceof KioskFailure) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return {};
    throw new KioskFailure(
      'invalid-input',
      `${file}: cannot read (${code === 'ELOOP' ? 'a link, refused' : (error as Error).message})`,
    );
  }
  let json: unknown;
  try {
    json = parseJsonOrThrow(text);
  } catch (error) {
    const detail =
      error instanceof JsonSyntaxError ? `line ${error.line}, column ${error.column}` : (error as Error).message;
    throw new KioskFailure('invalid-input', `${file}: not valid JSON (${detail})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw new KioskFailure('invalid-input', `${file}: not a JSON object`);
  return json as Record<string, unknown>;
};

/**
 * Replaces the overlay file atomically: a fresh temporary file (O_EXCL |
 * O_NOFOLLOW, mode 0600, fsynced) renamed over it, so a crash leaves the old or
 * the new overlay, never half of one, and a link planted at either name is not
 * followed (rename replaces the link itself). An empty overlay removes the file.
 */
export const writeOverlay = (dataDir: string, overlay: SettingsOverlay): void => {
  const file = overlayFileOf(dataDir);
  if (Object.keys(overlay).length === 0) {
    fs.rmSync(file, { force: true });
    return;
  }
  const temporary = `${file}.${crypto.randomBytes(6).toString('hex')}.tmp`;
  const flags = fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW;
  const fd = fs.openSync(temporary, flags, 0o600);
  try {
    fs.writeFileSync(fd, `${JSON.stringify(overlay, null, 2)}\n`);
    fs.fsyncSync(fd);
  } catch (error) {
    fs.closeSync(fd);
    fs.rmSync(temporary, { force: true });
    throw error;
  }
  fs.closeSync(fd);
  fs.renameSync(temporary, file);
  syncFolder(dataDir);
};

/** Makes the rename durable where the platform allows it (Windows cannot open a folder). */
const syncFolder = (folder: string): void => {
  try {
    const fd = fs.openSync(folder, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // best effort
  }
};
