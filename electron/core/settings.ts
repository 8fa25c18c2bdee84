import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { LanguageCode } from '../shared/content-pack';
import { JsonSyntaxError, parseJsonOrThrow } from '../shared/json-text';
import { OpeningHours } from '../shared/opening-hours';
import { KioskFailure } from '../shared/result';
import { firstIssue } from '../shared/zod-issues';

/**
 * Every setting of the kiosk, with its default and why. One JSON file
 * (`kiosk.config.json`) overrides any of them; docs/configuration.md lists them.
 */
export const Settings = z
  .object({
    /** Identifies this kiosk in merged visit logs from several kiosks. */
    kioskId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/).default('kiosk-01'),
    /** Where the database, installed packs and logs live. Relative paths resolve against the config file. */
    dataDir: z.string().min(1).default('.kiosk-data'),
    /**
     * Languages offered to visitors, in the order of the language switch (those the active pack
     * declares); null: every language the active pack declares, in the pack's order.
     */
    languages: z.array(LanguageCode).min(1).nullable().default(null),
    /** Language a visit starts in and returns to after idle reset. */
    defaultLanguage: LanguageCode.default('zh-CN'),
    /** Seconds without a touch before the "Still there?" overlay. */
    idleSeconds: z.number().int().min(10).max(3600).default(90),
    /** Seconds the "Still there?" countdown runs before the visit ends (at least 20 for accessibility). */
    idleWarningSeconds: z.number().int().min(20).max(300).default(20),
    /** While narration plays the idle countdown waits, but never longer than this many seconds. */
    narrationIdleCapSeconds: z.number().int().min(30).max(3600).default(300),
    /** Ed25519 public key (base64, raw 32 bytes or SPKI DER) that content packs must be signed with; null accepts unsigned packs. */
    trustedPackKey: z.string().min(40).nullable().default(null),
    /**
     * Whether an older pack (or the same version again) may ever replace the active one. `true`: only
     * through the on-screen flow, by an admin session that confirms it (`packs:activate` with
     * `confirmDowngrade`), audited; `false`: never, not even for an admin (a signing kiosk that must
     * not go back to an older signed pack). No caller can ask for a downgrade by a flag.
     */
    allowPackDowngrade: z.boolean().default(true),
    /**
     * Limits a content pack must stay within; anything larger is refused before unpacking.
     * The ranges keep a typo from disabling a guard (a ratio of 1e9) or refusing every pack (0 entries).
     */
    packLimits: z
      .object({
        maxEntries: z.number().int().min(10).max(1_000_000).default(10_000),
        maxFileBytes: z.number().int().min(1024 ** 2).max(16 * 1024 ** 3).default(512 * 1024 ** 2),
        maxTotalBytes: z.number().int().min(1024 ** 2).max(64 * 1024 ** 3).default(4 * 1024 ** 3),
        maxCompressionRatio: z.number().min(2).max(10_000).default(200),
      })
      .strict()
      .refine((l) => l.maxFileBytes <= l.maxTotalBytes, { message: 'maxFileBytes must not exceed maxTotalBytes', path: ['maxFileBytes'] })
      .prefault({}),
    /** Days of visit log kept; older visits are purged daily. */
    retentionDays: z.number().int().min(1).max(3650).default(400),
    /**
     * Opening hours, local time: `{ daily?, mon?..sun? }` of `{ open: "HH:MM", close: "HH:MM" }`, a weekday
     * overriding daily, `null` on a weekday = closed; the old `{ open, close }` means daily. null = always open.
     * Format and `isOpenAt` live in electron/shared/opening-hours.ts.
     */
    openingHours: OpeningHours.default(null),
    /** Port of the web host on 127.0.0.1 (0 = any free port). */
    webPort: z.number().int().min(0).max(65535).default(8765),
    /** Developer mode: devtools and reload shortcuts allowed. Never on in a venue. */
    devMode: z.boolean().default(false),
    /** Renderer crash back-off: reloads allowed within the window before relaunching the app. */
    crashPolicy: z
      .object({
        maxReloads: z.number().int().min(1).default(3),
        windowSeconds: z.number().int().min(10).default(60),
        maxRelaunches: z.number().int().min(0).default(2),
      })
      .prefault({}),
    // --- usb ---
    /** Folders (besides detected removable media) an export may be written into. */
    exportRoots: z.array(z.string().min(1)).max(16).default([]),
    /** Folders (besides detected removable media) packs may be installed from. */
    importRoots: z.array(z.string().min(1)).max(16).default([]),
    /** Folders whose sub-folders are removable volumes; null = the platform's mount roots (/media/<user>/<stick>, /run/media/<user>/<stick>, /mnt/<stick>; Windows drive letters but the system's). */
    removableMediaRoots: z.array(z.string().min(1)).max(16).nullable().default(null),
    /** Folder at a stick's top level searched for packs besides the top level itself. */
    usbPackFolder: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$/).default('kiosk-packs'),
    /** Installed packs kept besides the active one for rollback; the newest installed pack is kept besides these. */
    keepPreviousPacks: z.number().int().min(1).max(10).default(2),
    // --- fleet ---
    /** Central PostgreSQL the kiosk syncs closed visits to (docs/fleet.md). Absent or null postgresUrl: no sync, nothing loaded. */
    fleet: z
      .object({
        /** `postgres://ROLE:PASSWORD@HOST:PORT/DB`, as printed by `kiosk fleet add-kiosk`; null = sync off. */
        postgresUrl: z.string().regex(/^postgres(ql)?:\/\//, 'expected a postgres:// URL').nullable().default(null),
        /** TLS to the server: verify-full (default) checks the certificate and host name against `caFile` (or the system CAs). */
        ssl: z
          .object({
            mode: z.enum(['disable', 'require', 'verify-full']).default('verify-full'),
            caFile: z.string().min(1).nullable().default(null),
          })
          .prefault({}),
        /** Seconds between sync rounds once caught up (failures back off separately, up to 5 minutes). */
        syncIntervalSeconds: z.number().int().min(5).max(86_400).default(60),
        /** Visits (with all their events) per transaction: ~200 × 30 events keeps each SQLite read and each COMMIT small. */
        batchVisits: z.number().int().min(1).max(5000).default(200),
      })
      .strict()
      .prefault({}),
    // --- hours17 ---
    /** Narration volume (0..1) a visit starts with and returns to after its end. */
    defaultVolume: z.number().min(0).max(1).default(0.8),
    /** Whether captions are on when a visit starts (a visitor may still turn them off). */
    captionsOnByDefault: z.boolean().default(true),
    /** Local time "HH:MM" of the nightly restart, outside opening hours and never mid-visit; null = never. */
    nightlyRestart: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time "HH:MM" between 00:00 and 23:59')
      .nullable()
      .default(null),
  })
  .strict();

export type Settings = z.output<typeof Settings>;

/** Environment variables that override a setting, for development and service units. */
const ENV_OVERRIDES: Readonly<Record<string, keyof Settings>> = {
  KIOSK_ID: 'kioskId',
  KIOSK_DATA_DIR: 'dataDir',
  KIOSK_IDLE_SECONDS: 'idleSeconds',
  KIOSK_IDLE_WARNING_SECONDS: 'idleWarningSeconds',
  KIOSK_WEB_PORT: 'webPort',
  KIOSK_DEV_MODE: 'devMode',
  KIOSK_TRUSTED_PACK_KEY: 'trustedPackKey',
};

export type LoadSettingsOptions = Readonly<{
  /** Path of kiosk.config.json; a missing file means "all defaults". */
  configFile?: string;
  env?: Readonly<Record<string, string | undefined>>;
  /** Highest precedence, e.g. from command-line flags. */
  overrides?: Readonly<Record<string, unknown>>;
  /** The config file's content, already read (the start-up fallback retries without a bad key); `configFile` still anchors dataDir. */
  configValues?: Readonly<Record<string, unknown>>;
}>;

/**
 * Reads, merges and validates the settings: defaults < config file < env < overrides.
 * Throws a KioskFailure naming the file and the bad key.
 */
export const loadSettings = (options: LoadSettingsOptions = {}): Settings => {
  const file = options.configFile;
  const fromFile = options.configValues ?? (file ? readConfigFile(file) : {});
  const merged = { ...fromFile, ...envValues(options.env ?? {}), ...(options.overrides ?? {}) };
  const parsed = Settings.safeParse(merged);
  if (!parsed.success) {
    const where = file ? path.basename(file) : 'settings';
    const issue = parsed.error.issues[0];
    // zod reports an unknown key at the parent's path; name the key itself, so staff (and the fallback) know which one.
    if (issue?.code === 'unrecognized_keys') {
      const field = [...issue.path.map(String), issue.keys[0] ?? ''].filter(Boolean).join('.');
      throw new KioskFailure('invalid-input', `${where}: ${field}: unknown key (check its spelling in docs/configuration.md)`, field);
    }
    const { field, message } = firstIssue(parsed.error);
    throw new KioskFailure('invalid-input', `${where}: ${message}`, field);
  }
  const settings = parsed.data;
  if (settings.languages && !settings.languages.includes(settings.defaultLanguage)) {
    throw new KioskFailure('invalid-input', `defaultLanguage "${settings.defaultLanguage}" is not in languages`, 'defaultLanguage');
  }
  const base = file ? path.dirname(path.resolve(file)) : process.cwd();
  const resolveAll = (dirs: readonly string[]) => dirs.map((dir) => path.resolve(base, dir));
  return {
    ...settings,
    dataDir: path.resolve(base, settings.dataDir),
    // usb: configured folders resolve like dataDir, so a relative entry means the same wherever the kiosk starts.
    exportRoots: resolveAll(settings.exportRoots),
    importRoots: resolveAll(settings.importRoots),
    removableMediaRoots: settings.removableMediaRoots && resolveAll(settings.removableMediaRoots),
  };
};

/** Reads the config file as an object; a missing file is `{}`. Throws KioskFailure naming the file. */
export const readConfigFile = (file: string): Record<string, unknown> => {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new KioskFailure('unavailable', `${file}: cannot read (${(error as Error).message})`);
  }
  let json: unknown;
  try {
    json = parseJsonOrThrow(text);
  } catch (error) {
    const where = error instanceof JsonSyntaxError ? ` at line ${error.line}, column ${error.column}` : '';
    const detail = error instanceof JsonSyntaxError ? error.detail : (error as Error).message;
    throw new KioskFailure('invalid-input', `${file}: not valid JSON${where} (${detail})`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new KioskFailure('invalid-input', `${file}: not valid JSON (the top level must be an object { ... })`);
  }
  return json as Record<string, unknown>;
};

const envValues = (env: Readonly<Record<string, string | undefined>>): Record<string, unknown> => {
  const values: Record<string, unknown> = {};
  for (const [name, key] of Object.entries(ENV_OVERRIDES)) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    values[key] = coerce(raw);
  }
  return values;
};

/** Env values are strings; numbers and booleans are parsed so the schema can check them. */
const coerce = (raw: string): unknown => {
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  return raw;
};
