import { useEffect, useState } from 'react';
import { isOpenAt, type OpeningHours } from '../../electron/shared/opening-hours-rule';
import { msToNextMinute } from './hours-plan';

/**
 * Whether the venue is open now, re-read at every minute boundary (opening
 * and closing are whole minutes), so the closed card appears and goes on time.
 * The core refuses a visit while closed by its own clock; this only decides
 * what the screen shows.
 */
export const useOpenNow = (hours: OpeningHours): Readonly<{ open: boolean; now: Date }> => {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let timer = 0;
    const schedule = () => {
      timer = window.setTimeout(() => {
        setNow(new Date());
        schedule();
      }, msToNextMinute(new Date()) + 50);
    };
    schedule();
    return () => window.clearTimeout(timer);
  }, []);
  return { open: isOpenAt(hours, now), now };
};
