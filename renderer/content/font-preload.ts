/** The faces the kiosk sets text in, as `document.fonts.load` font shorthands. */
const FACES = ['400 16px "Noto Sans SC"', '700 16px "Noto Sans SC"'] as const;

/** Each distinct character of every string found in `value` (objects and arrays, deep). */
export const charactersOf = (value: unknown): string => {
  const seen = new Set<string>();
  const visit = (node: unknown): void => {
    if (typeof node === 'string') for (const ch of node) seen.add(ch);
    else if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') Object.values(node).forEach(visit);
  };
  visit(value);
  return [...seen].join('');
};

/**
 * Downloads and decodes, ahead of need, the font subsets `text` needs in each
 * weight. The CJK face comes in ~100 subsets by Unicode range; a chapter shown
 * for the first time fetched its missing ones and decoded them on the main
 * thread in the middle of its entrance (20 ms a subset at 1× CPU).
 */
export const preloadFonts = (text: string, fonts: FontFaceSet = document.fonts): Promise<void> =>
  Promise.all(FACES.map((face) => fonts.load(face, text))).then(
    () => undefined,
    () => undefined, // a face that fails to load falls back as it would on screen
  );
