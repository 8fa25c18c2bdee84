import { z } from 'zod';

/**
 * A pack's terminology table (issue 20, item 6): its zh ↔ en names, words and units,
 * and the quote marks each language uses. The default pack's build checks every text
 * against it (build/terminology.ts); the renderer keeps each Chinese name and unit on
 * one line (renderer/content/zh-set.ts). It travels in the manifest, so the table of
 * the pack on screen is the one that applies, not the default pack's source.
 */
const Term = z.object({
  /** The Chinese form, as the texts write it. */
  zh: z.string().min(1).max(40),
  /** The English form(s) a text may use for it; empty for a word with no English counterpart. */
  en: z.array(z.string().min(1).max(120)).max(8),
  /** Forms that must not appear (a drifting translation, a relative date). */
  avoid: z.array(z.string().min(1).max(120)).max(8).optional(),
});

export const Terminology = z.object({
  /** Per language tag: quote marks allowed and forbidden in displayed text. */
  quotes: z.record(z.string(), z.object({ allowed: z.string(), forbidden: z.string() })),
  terms: z.array(Term).max(2000),
  units: z.array(Term).max(200),
  /** Ordinary English words that may start a sentence (not names). */
  capitalisedWords: z.array(z.string().min(1).max(40)).max(2000),
});
export type Terminology = z.infer<typeof Terminology>;
