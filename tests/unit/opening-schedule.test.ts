import { describe, expect, it } from 'vitest';
import { createOpeningSchedule, nightlyRestartDue } from '../../electron/core/opening-schedule';
import type { ShellControl } from '../../electron/core/shell-control';
import { guardVisitsByHours } from '../../electron/core/visit-hours-guard';
import type { HandlerMap } from '../../electron/core/handlers';
import type { OpeningHours } from '../../electron/shared/opening-hours';

const HOURS: OpeningHours = { daily: { open: '09:00', close: '17:00' } };
/** Local time on Thursday 3 December 2026 (the process's time zone, as the kiosk reads it). */
const at = (hh: number, mm = 0, ss = 0, day = 3) => new Date(2026, 11, day, hh, mm, ss);

/** A ShellControl that only records what it was asked. */
const recordingShell = () => {
  const asked: string[] = [];
  const shell: ShellControl = { kind: 'chromium', restart: (r) => void asked.push(`restart: ${r}`), exitToDesktop: (r) => void asked.push(`exit: ${r}`) };
  return { shell, asked };
};

const schedule = (start: Date, options: { nightlyRestart?: string | null; busy?: () => boolean } = {}) => {
  let now = start;
  const { shell, asked } = recordingShell();
  const flushed: number[] = [];
  const s = createOpeningSchedule({
    now: () => now,
    hours: () => ({ openingHours: HOURS, nightlyRestart: options.nightlyRestart === undefined ? '03:00' : options.nightlyRestart }),
    visitInProgress: () => options.busy?.() ?? false,
    flush: () => void flushed.push(now.getTime()),
    shell,
  });
  const seen: boolean[] = [];
  s.onChange((open) => seen.push(open));
  return { s, asked, flushed, seen, setNow: (d: Date) => ((now = d), s.tick()) };
};

describe('opening schedule with a fake clock', () => {
  it('announces the closing and the opening crossings, each once', () => {
    const { seen, setNow } = schedule(at(16, 59, 30));
    setNow(at(16, 59, 45));
    setNow(at(17, 0, 0));
    setNow(at(17, 0, 15));
    setNow(at(9, 0, 0, 4));
    expect(seen).toEqual([true, false, true]);
  });

  it('restarts once in a night, outside the hours, after flushing the visit log', () => {
    const { asked, flushed, setNow } = schedule(at(17, 30));
    setNow(at(2, 59, 45, 4));
    expect(asked).toEqual([]);
    setNow(at(3, 0, 0, 4));
    setNow(at(3, 0, 15, 4));
    expect(asked).toEqual(['restart: nightly restart at 03:00']);
    expect(flushed).toEqual([at(3, 0, 0, 4).getTime()]);
  });

  it('a kiosk started after tonight\'s restart time (the restarted one) does not restart again that night', () => {
    const { asked, setNow } = schedule(at(3, 0, 5, 4));
    setNow(at(3, 30, 0, 4));
    setNow(at(8, 59, 45, 4));
    expect(asked).toEqual([]);
    expect(nightlyRestartDue({ now: at(3, 0, 0, 5), startedAt: at(3, 0, 5, 4), nightlyRestart: '03:00', openingHours: HOURS, visitInProgress: false })).toBe(true);
  });

  it('never restarts mid-visit: it waits for the visit to end, and never during opening hours', () => {
    let busy = true;
    const { asked, setNow } = schedule(at(17, 30), { busy: () => busy });
    setNow(at(3, 0, 0, 4));
    setNow(at(3, 10, 0, 4));
    expect(asked).toEqual([]);
    busy = false;
    setNow(at(3, 10, 15, 4));
    expect(asked).toHaveLength(1);
    const daytime = schedule(at(8, 0), { nightlyRestart: '12:00' });
    daytime.setNow(at(12, 0));
    daytime.setNow(at(16, 59));
    expect(daytime.asked).toEqual([]);
    daytime.setNow(at(17, 0));
    expect(daytime.asked).toHaveLength(1);
  });

  it('does nothing without a restart time', () => {
    const { asked, setNow } = schedule(at(17, 30), { nightlyRestart: null });
    setNow(at(3, 0, 0, 4));
    expect(asked).toEqual([]);
  });
});

describe('visits and opening hours', () => {
  const ACCEPTED = { accepted: true } as const;
  const handlers = { 'visit:start': () => ACCEPTED, 'visit:event': () => ACCEPTED, 'visit:end': () => ACCEPTED } as unknown as HandlerMap<'visit:start' | 'visit:event' | 'visit:end'>;
  const ctx = { transport: 'http' } as const;

  it('refuses a new visit while closed; one under way at closing time may go on and end', () => {
    let open = true;
    let now = at(16, 59).getTime();
    const { handlers: guarded, activity } = guardVisitsByHours(handlers, { isOpen: () => open, now: () => now });
    void guarded['visit:start']({ visitId: 'v1' } as never, ctx);
    open = false;
    now = at(17, 0, 30).getTime();
    expect(() => guarded['visit:start']({ visitId: 'v2' } as never, ctx)).toThrow(/closed/);
    expect(guarded['visit:event']({ visitId: 'v1' } as never, ctx)).toEqual(ACCEPTED);
    expect(activity.inProgress(now, 60_000)).toBe(true);
    expect(activity.inProgress(now + 61_000, 60_000)).toBe(false); // a vanished page does not block for ever
    void guarded['visit:end']({ visitId: 'v1' } as never, ctx);
    expect(activity.inProgress(now, 60_000)).toBe(false);
  });
});
