import { CHAPTER_IDS, PackManifest, type LanguageCode, type LocalizedText } from './content-pack';
import { uiStringProblems } from './pack-languages';
import { narrationCueProblems } from './pack-cues';
import { err, ok, type Result } from './result';
import { formatPath, firstIssue } from './zod-issues';

/** One problem found in a manifest: where, and what. */
export type ManifestProblem = Readonly<{ field: string; message: string }>;

/**
 * Validates a parsed manifest.json: its shape, then the rules a schema cannot say
 * (every declared language present everywhere, chapters in the seed's order, unique ids).
 * Returns every problem found so staff can fix them in one pass.
 */
export const manifestProblems = (json: unknown): ManifestProblem[] => {
  const parsed = PackManifest.safeParse(json);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const field = formatPath(issue.path);
      return { field, message: `${field || 'manifest'}: ${issue.message}` };
    });
  }
  return semanticProblems(parsed.data);
};

/** Validates a manifest and returns it typed, or the first problem as an error naming the field. */
export const validateManifest = (json: unknown): Result<PackManifest> => {
  const parsed = PackManifest.safeParse(json);
  if (!parsed.success) {
    const { field, message } = firstIssue(parsed.error);
    return err('invalid-input', `manifest.json: ${message}`, field);
  }
  const problem = semanticProblems(parsed.data)[0];
  if (problem) return err('invalid-input', `manifest.json: ${problem.message}`, problem.field);
  return ok(parsed.data);
};

const semanticProblems = (m: PackManifest): ManifestProblem[] => {
  const problems: ManifestProblem[] = [];
  const add = (field: string, message: string) => problems.push({ field, message: `${field}: ${message}` });
  if (!m.languages.includes(m.defaultLanguage)) add('defaultLanguage', `"${m.defaultLanguage}" is not in languages`);
  if (new Set(m.languages).size !== m.languages.length) add('languages', 'lists a language twice');
  for (const p of uiStringProblems(m)) add(p.field, p.message);

  const needText = (text: LocalizedText, field: string) => {
    for (const lang of m.languages) if (!text[lang]) add(field, `missing text for language "${lang}"`);
  };
  needText(m.title, 'title');
  needText(m.intro.title, 'intro.title');
  needText(m.intro.body, 'intro.body');
  needText(m.attract.tagline, 'attract.tagline');
  needText(m.endCard.title, 'endCard.title');
  needText(m.endCard.body, 'endCard.body');

  m.chapters.forEach((chapter, i) => {
    const at = `chapters[${i}]`;
    const expected = CHAPTER_IDS[i];
    if (chapter.id !== expected)
      add(`${at}.id`, `expected chapter "${expected}" here (tour order), found "${chapter.id}"`);
    for (const key of ['keyword', 'theme', 'summary', 'title', 'body'] as const) needText(chapter[key], `${at}.${key}`);
    needText(chapter.panorama.alt, `${at}.panorama.alt`);
    const labelIds = new Set<string>();
    chapter.panorama.labels?.forEach((label, j) => {
      if (labelIds.has(label.id)) add(`${at}.panorama.labels[${j}].id`, `duplicate label id "${label.id}"`);
      labelIds.add(label.id);
      needText(label.text, `${at}.panorama.labels[${j}].text`);
    });
    const ids = new Set<string>();
    chapter.hotspots.forEach((h, j) => {
      if (ids.has(h.id)) add(`${at}.hotspots[${j}].id`, `duplicate hotspot id "${h.id}"`);
      ids.add(h.id);
      needText(h.fact.title, `${at}.hotspots[${j}].fact.title`);
      needText(h.fact.text, `${at}.hotspots[${j}].fact.text`);
    });
    chapter.figures.forEach((f, j) => {
      needText(f.value, `${at}.figures[${j}].value`);
      needText(f.label, `${at}.figures[${j}].label`);
    });
    for (const lang of m.languages as LanguageCode[]) {
      if (!chapter.narration[lang]) add(`${at}.narration.${lang}`, `missing narration for language "${lang}"`);
    }
    problems.push(...narrationCueProblems(chapter, i));
  });

  const paths = new Set<string>();
  m.files.forEach((f, i) => {
    const folded = f.path.normalize('NFC').toLowerCase();
    if (paths.has(folded)) add(`files[${i}].path`, `duplicate file "${f.path}"`);
    paths.add(folded);
  });
  return problems;
};

/** Every pack-relative file the manifest refers to (panorama layers, narration audio and captions). */
export const referencedFiles = (m: PackManifest): string[] => {
  const refs: string[] = [];
  for (const chapter of m.chapters) {
    for (const layer of chapter.panorama.layers) refs.push(layer.file);
    for (const n of Object.values(chapter.narration)) if (n) refs.push(n.audio, n.captions);
  }
  return [...new Set(refs)];
};
