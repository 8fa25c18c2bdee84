import { z } from 'zod';
import { Terminology } from './pack-terminology';

/**
 * The content-pack manifest: types and runtime validator. The JSON Schema in
 * assets/content-pack.schema.json is generated from this (build/write-pack-schema.ts)
 * and a test keeps the two in step.
 */

/**
 * A language a pack may carry: any BCP 47 tag in its canonical form ("zh-Hant", "en", "pt-BR"),
 * so `Intl.getCanonicalLocales(tag)[0] === tag` and two spellings of one language cannot both
 * appear. The regex (language, script, region, variants) is what the JSON Schema can say;
 * the refinement refuses a tag that is well-formed but not canonical ("zh-hant", "iw").
 */
export const LanguageCode = z
  .string()
  .regex(
    /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-(?:[A-Z]{2}|\d{3}))?(-(?:[a-z0-9]{5,8}|\d[a-z0-9]{3}))*$/,
    'must be a BCP 47 language tag such as "zh-Hant" or "en"',
  )
  .refine((tag) => canonicalTag(tag) === tag, { message: 'must be a BCP 47 language tag in canonical form' });
export type LanguageCode = z.infer<typeof LanguageCode>;

/** The canonical form of a BCP 47 tag, or null when it is not one. */
export const canonicalTag = (tag: string): string | null => {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
};

/**
 * The languages the kiosk itself ships words for: the visitor UI strings (renderer/i18n), the admin
 * screens and the reports. A pack language outside these needs `uiStrings` in the pack.
 */
export const KIOSK_LANGUAGES = ['zh-CN', 'en'] as const;
export const KioskLanguage = z.enum(KIOSK_LANGUAGES);
export type KioskLanguage = z.infer<typeof KioskLanguage>;

/** The five chapters, in the seed's order. */
export const CHAPTER_IDS = ['hard-core', 'vitality', 'momentum', 'quality', 'radiation'] as const;
export const ChapterId = z.enum(CHAPTER_IDS);
export type ChapterId = z.infer<typeof ChapterId>;

/** Relative path inside a pack: forward slashes, no `..`, no absolute or drive paths. */
export const PackPath = z
  .string()
  .min(1)
  .max(240)
  .regex(/^(?![/\\])(?![A-Za-z]:)(?!.*(^|\/)\.\.?(\/|$))[A-Za-z0-9._\-/]+$/, 'must be a relative path of [A-Za-z0-9._-/] without ".." segments');

/** Text per language; the pack validator checks every declared language is present. */
export const LocalizedText = z.partialRecord(LanguageCode, z.string().min(1));
export type LocalizedText = z.infer<typeof LocalizedText>;

/** A fact shown to visitors, with the seed phrase it came from so staff can check it. */
export const Fact = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: LocalizedText,
  text: LocalizedText,
  /** The exact phrase of the source article this fact rests on (Chinese, verbatim). */
  source: z.string().min(4),
});
export type Fact = z.infer<typeof Fact>;

/** A key figure animated in on the chapter screen. */
export const KeyFigure = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The figure as displayed, e.g. "160.3亿元" / "RMB 16.03 bn". */
  value: LocalizedText,
  label: LocalizedText,
  source: z.string().min(4),
});
export type KeyFigure = z.infer<typeof KeyFigure>;

/** A tappable point on the panorama; x, y are fractions of the panorama's width and height. */
export const Hotspot = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  x: z.number().min(0).max(1),
  y: z.number().min(0).max(1),
  fact: Fact,
});
export type Hotspot = z.infer<typeof Hotspot>;

/** One parallax layer; depth 0 = fixed far away, 1 = moves with the finger. */
export const PanoramaLayer = z.object({
  name: z.string().min(1),
  file: PackPath,
  depth: z.number().min(0).max(1),
});

/**
 * A name shown on the art (a city on the radiation map) as real text over the reference
 * layer: the SVG allow-list drops <text>. x, y are fractions, as for hotspots.
 */
export const PanoramaLabel = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  x: z.number().min(0).max(1),
  y: z.number().min(0).max(1),
  text: LocalizedText,
});
export type PanoramaLabel = z.infer<typeof PanoramaLabel>;

/** A layered panorama wider than the screen. */
export const Panorama = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  layers: z.array(PanoramaLayer).min(1).max(8),
  alt: LocalizedText,
  labels: z.array(PanoramaLabel).max(12).optional(),
});
export type Panorama = z.infer<typeof Panorama>;

/** Narration audio and its WebVTT captions for one language. */
export const Narration = z.object({
  audio: PackPath,
  captions: PackPath,
  durationMs: z.number().int().positive(),
  /**
   * Where the camera goes while this narration plays: at `atMs` the panorama glides to the
   * hotspot `hotspot` of the chapter and its marker glows. Ascending, inside durationMs
   * (pack-cues.ts checks what a schema cannot say).
   */
  cues: z
    .array(z.object({ atMs: z.number().int().nonnegative(), hotspot: z.string().regex(/^[a-z0-9-]+$/) }))
    .max(200)
    .optional(),
});
export type Narration = z.infer<typeof Narration>;

/** One chapter of the tour. */
export const Chapter = z.object({
  id: ChapterId,
  keyword: LocalizedText,
  theme: LocalizedText,
  summary: LocalizedText,
  title: LocalizedText,
  body: LocalizedText,
  panorama: Panorama,
  hotspots: z.array(Hotspot).min(3).max(6),
  figures: z.array(KeyFigure).max(6),
  narration: z.partialRecord(LanguageCode, Narration),
});
export type Chapter = z.infer<typeof Chapter>;

/** A file of the pack with its size and SHA-256 (hex). */
export const PackFile = z.object({
  path: PackPath,
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type PackFile = z.infer<typeof PackFile>;

/** Semantic version "MAJOR.MINOR.PATCH". */
export const SemVer = z.string().regex(/^\d+\.\d+\.\d+$/, 'must be MAJOR.MINOR.PATCH');

/** The whole manifest.json of a content pack. */
export const PackManifest = z.object({
  schemaVersion: z.literal(1),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,63}$/),
  version: SemVer,
  minKioskVersion: SemVer,
  title: LocalizedText,
  languages: z.array(LanguageCode).min(1),
  defaultLanguage: LanguageCode,
  /**
   * Visitor UI strings (buttons, labels) for a language the kiosk does not ship, by language:
   * every key of renderer/i18n (electron/shared/ui-string-keys.ts), `{0}`, `{1}` standing for
   * the values a string takes. The validator refuses a declared language with neither these
   * nor built-in strings.
   */
  uiStrings: z.record(LanguageCode, z.record(z.string(), z.string())).optional(),
  intro: z.object({ title: LocalizedText, body: LocalizedText }),
  attract: z.object({ tagline: LocalizedText, slideSeconds: z.number().min(3).max(60) }),
  endCard: z.object({ title: LocalizedText, body: LocalizedText }),
  chapters: z.array(Chapter).length(5),
  files: z.array(PackFile),
  /** The pack's terms; a pack without one keeps only dates and numbers whole in Chinese lines. */
  terminology: Terminology.optional(),
});
export type PackManifest = z.infer<typeof PackManifest>;
