import { compareVersions } from '../../shared/pack-version';
import type { Slot } from './pointer';

/** A kept pack with the version its manifest says (read by the store). */
export type Kept = Readonly<{ slot: Slot; version: string | null }>;

/**
 * The history after `next` is activated while `active` was on screen: the
 * active pack moves right before the new one, so a rollback returns to what
 * was on screen. Then the oldest packs are evicted down to `keepPrevious`
 * besides the active one — except the newest version ever installed (the
 * staff's newest pack is never evicted, whatever comes after it) and the new
 * rollback target. Returns what stays (oldest first) and what goes.
 */
export const nextHistory = (
  kept: readonly Kept[],
  active: Slot | null,
  next: Kept,
  keepPrevious: number,
): { installed: Slot[]; evicted: Slot[] } => {
  const others = kept.filter((k) => k.slot.dir !== active?.dir && k.slot.dir !== next.slot.dir);
  const current = active ? kept.find((k) => k.slot.dir === active.dir) ?? { slot: active, version: null } : null;
  const list: Kept[] = [...others, ...(current ? [current] : []), next];
  const newest = list.reduce<Kept | null>(
    (best, k) => (k.version !== null && (!best?.version || compareVersions(k.version, best.version) > 0) ? k : best),
    null,
  );
  const evicted: Slot[] = [];
  const protectedDirs = new Set([next.slot.dir, current?.slot.dir, newest?.slot.dir]);
  for (let i = 0; list.length > keepPrevious + 1 && i < list.length; ) {
    const k = list[i] as Kept;
    if (protectedDirs.has(k.slot.dir)) {
      i++;
      continue;
    }
    list.splice(i, 1);
    evicted.push(k.slot);
  }
  return { installed: list.map((k) => k.slot), evicted };
};

/** The pack a rollback from `active` returns to: the one before it, or the bundled pack (null) from the first. */
export const rollbackTarget = (installed: readonly Slot[], active: Slot | null): Slot | null | 'none' => {
  if (!active) return 'none';
  const i = installed.findIndex((s) => s.dir === active.dir);
  if (i <= 0) return null;
  return installed[i - 1] as Slot;
};
