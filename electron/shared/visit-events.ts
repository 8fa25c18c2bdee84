import { z } from 'zod';
import { ChapterId, LanguageCode } from './content-pack';

/**
 * Visit-log event types and their payloads. One entry per type: the renderer
 * builds events from these, the core validates them, the database stores them.
 * No personal data: only what the visitor did with the tour.
 */

const positionMs = z.number().int().min(0).max(24 * 3600 * 1000);

/** Payload validator of each event type. */
export const EVENT_PAYLOADS = {
  'chapter-opened': z.object({}).strict(),
  'chapter-closed': z.object({ dwellMs: z.number().int().min(0).max(24 * 3600 * 1000) }).strict(),
  'narration-started': z.object({ positionMs }).strict(),
  'narration-paused': z.object({ positionMs }).strict(),
  'narration-completed': z.object({ positionMs }).strict(),
  'narration-stopped': z.object({ positionMs }).strict(),
  'hotspot-opened': z.object({ hotspotId: z.string().min(1).max(64), via: z.enum(['panorama', 'list']) }).strict(),
  'panorama-dragged': z.object({ distancePx: z.number().min(0).max(1e6), durationMs: z.number().int().min(0).max(3600_000) }).strict(),
  'language-changed': z.object({ from: LanguageCode, to: LanguageCode }).strict(),
  'captions-toggled': z.object({ on: z.boolean() }).strict(),
  'transcript-opened': z.object({}).strict(),
  // The visit's other accessibility choices, like captions: which ones visitors need is worth knowing.
  'large-text-toggled': z.object({ on: z.boolean() }).strict(),
  'low-reach-toggled': z.object({ on: z.boolean() }).strict(),
  'less-motion-toggled': z.object({ on: z.boolean() }).strict(),
} as const;

export type VisitEventType = keyof typeof EVENT_PAYLOADS;
export const VISIT_EVENT_TYPES = Object.keys(EVENT_PAYLOADS) as VisitEventType[];
export type VisitEventPayload<T extends VisitEventType> = z.output<(typeof EVENT_PAYLOADS)[T]>;

/** Events that happen inside a chapter must name it. */
export const CHAPTER_EVENT_TYPES: ReadonlySet<VisitEventType> = new Set<VisitEventType>([
  'chapter-opened',
  'chapter-closed',
  'narration-started',
  'narration-paused',
  'narration-completed',
  'narration-stopped',
  'hotspot-opened',
  'panorama-dragged',
  'transcript-opened',
]);

const eventBase = {
  /** UUID made by the renderer, so a retried send is stored once. */
  id: z.uuid(),
  visitId: z.uuid(),
  /** 1, 2, 3… within the visit: orders events and reveals gaps. */
  seq: z.number().int().min(1),
  /** Epoch milliseconds (UTC) when it happened. */
  at: z.number().int().min(1_500_000_000_000).max(4_000_000_000_000),
  chapter: ChapterId.nullable(),
};

/** One visit event, a union discriminated by `type`. */
export const VisitEvent = z.discriminatedUnion(
  'type',
  VISIT_EVENT_TYPES.map((type) => z.object({ ...eventBase, type: z.literal(type), payload: EVENT_PAYLOADS[type] }).strict()) as unknown as [
    z.ZodObject,
    ...z.ZodObject[],
  ],
).superRefine((event, ctx) => {
  const e = event as { type: VisitEventType; chapter: string | null };
  if (CHAPTER_EVENT_TYPES.has(e.type) && e.chapter === null) {
    ctx.addIssue({ code: 'custom', path: ['chapter'], message: `"${e.type}" events must name their chapter` });
  }
});

/** A visit event, typed by its `type`. */
export type VisitEvent = {
  [T in VisitEventType]: Readonly<{
    id: string;
    visitId: string;
    seq: number;
    at: number;
    chapter: ChapterId | null;
    type: T;
    payload: VisitEventPayload<T>;
  }>;
}[VisitEventType];

/**
 * Why a visit ended. `interrupted` is set at the next start for visits a crash left open;
 * `home` = the visitor went back to the attract screen by hand (kept apart from `finish`,
 * which is the end card's button).
 */
export const VisitEndReason = z.enum(['idle', 'finish', 'home', 'interrupted']);
export type VisitEndReason = z.infer<typeof VisitEndReason>;

/** Start of a visit: the first tap on the attract screen. */
export const VisitStart = z
  .object({
    visitId: z.uuid(),
    at: eventBase.at,
    language: LanguageCode,
    packId: z.string().min(1).max(64),
    packVersion: z.string().min(1).max(32),
  })
  .strict();
export type VisitStart = z.infer<typeof VisitStart>;

/**
 * End of a visit. `lastInteractionAt` is the visitor's last touch (or the end of
 * a narration they listened to): the visit's *engaged* time ends there, and
 * `at - lastInteractionAt` is the idle tail (idle timeout + warning), which is
 * never counted as dwell. Optional so older senders (CLI, imports) still validate;
 * without it the core estimates it from the events (docs/visit-log.md).
 */
export const VisitEnd = z
  .object({ visitId: z.uuid(), at: eventBase.at, reason: VisitEndReason, lastInteractionAt: eventBase.at.optional() })
  .strict();
export type VisitEnd = z.infer<typeof VisitEnd>;
