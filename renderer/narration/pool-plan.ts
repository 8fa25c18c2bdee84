/**
 * Which narrations the kiosk keeps buffered, most wanted first. Pure, so the
 * rule is unit-tested in Node; narration-audio loads them in idle time.
 *
 * A buffered narration starts in the tap (one play() call, 15–40 ms to
 * "playing" at 1×–4× CPU); one loaded on demand takes 100–270 ms at 4×, most
 * of it media pipeline work on the main thread while the new chapter renders.
 */
export type NarrationPoolInput = Readonly<{
  /** Each language's narration sources in tour order (null where the pack has none). */
  sources: Readonly<Record<string, ReadonlyArray<string | null>>>;
  /** The visitor's language. */
  language: string;
  /** The chapter open now; on the attract loop and the hub, the first (the likeliest first tap). */
  chapterIndex: number;
  /** Elements kept at most. */
  size: number;
}>;

/** Chapter indices by how likely a visitor at `here` opens them next: here, next, previous, then outwards. */
export const chaptersByLikelihood = (here: number, count: number): number[] => {
  const order: number[] = [];
  for (let distance = 0; order.length < count && distance <= count; distance++) {
    for (const index of distance === 0 ? [here] : [here + distance, here - distance]) {
      if (index >= 0 && index < count) order.push(index);
    }
  }
  return order;
};

/**
 * The visitor's language first (all its chapters, nearest first), then every
 * other language's narration of the open chapter (a language switch restarts
 * it there), then their other chapters; duplicates and gaps dropped, at most `size`.
 */
export const narrationPoolPlan = ({ sources, language, chapterIndex, size }: NarrationPoolInput): string[] => {
  const own = sources[language] ?? [];
  const others = Object.keys(sources)
    .filter((code) => code !== language)
    .map((code) => sources[code] ?? []);
  const ordered = (list: ReadonlyArray<string | null>) =>
    chaptersByLikelihood(chapterIndex, list.length).map((index) => list[index] ?? null);
  const wanted = [
    ...ordered(own),
    ...others.map((list) => list[chapterIndex] ?? null),
    ...others.flatMap((list) => ordered(list)),
  ];
  return [...new Set(wanted.filter((src): src is string => src !== null))].slice(0, Math.max(0, size));
};
