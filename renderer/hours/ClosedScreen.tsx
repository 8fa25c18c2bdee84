import type { AppInfo } from '../../electron/shared/contract/app';
import type { OpeningHours } from '../../electron/shared/opening-hours-rule';
import { CLOSED_STRINGS } from './closed-strings';
import { nextOpening, weekOf } from './hours-plan';
import './closed.css';

type ClosedScreenProps = Readonly<{ info: AppInfo; hours: NonNullable<OpeningHours>; now: Date }>;

const ZH = CLOSED_STRINGS['zh-CN'];
const EN = CLOSED_STRINGS.en;

/**
 * The quiet card shown outside opening hours instead of the attract loop: dark
 * (the display may sleep), both languages at once, the week's hours and the
 * kiosk id small. Tapping it starts nothing; the admin entry corner still works.
 */
export const ClosedScreen = ({ info, hours, now }: ClosedScreenProps) => {
  const next = nextOpening(hours, now);
  return (
    <main className="screen closed" data-testid="closed-screen">
      <div className="closed__card">
        <h1 className="closed__title">
          <span lang="zh-Hans">{ZH.title}</span>
          <span lang="en">{EN.title}</span>
        </h1>
        <p className="closed__body">
          <span lang="zh-Hans">{ZH.body}</span>
          <span lang="en">{EN.body}</span>
        </p>
        {next && (
          <p className="closed__next" data-testid="closed-next">
            <span lang="zh-Hans">{ZH.opensAgain(ZH.weekdays[next.day] ?? '', next.time)}</span>
            <span lang="en">{EN.opensAgain(EN.weekdays[next.day] ?? '', next.time)}</span>
          </p>
        )}
        <table className="closed__hours">
          <caption>
            <span lang="zh-Hans">{ZH.hours}</span> · <span lang="en">{EN.hours}</span>
          </caption>
          <tbody>
            {weekOf(hours).map(({ day, hours: today }) => (
              <tr key={day} className={day === now.getDay() ? 'closed__today' : undefined}>
                <th scope="row">
                  <span lang="zh-Hans">{ZH.weekdays[day]}</span> <span lang="en">{EN.weekdays[day]}</span>
                </th>
                <td>
                  {today ? (
                    `${today.open}–${today.close}`
                  ) : (
                    <>
                      <span lang="zh-Hans">{ZH.closedDay}</span> <span lang="en">{EN.closedDay}</span>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="closed__kiosk" data-testid="kiosk-info" lang="en">
        {info.kioskId}
      </p>
    </main>
  );
};
