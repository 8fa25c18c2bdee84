import type { AppInfo } from '../../electron/shared/contract/app';
import { KioskInfo } from '../components/KioskInfo';
import { StartupFaultCard } from '../components/StartupFaultCard';
import { STRINGS } from '../i18n';

type UnavailableScreenProps = Readonly<{ info: AppInfo | null }>;

/**
 * Calm "暂停服务 / Temporarily unavailable" while content cannot be read (the app
 * retries every 30 s), or the start-up fault card when the kiosk cannot start as configured.
 */
export const UnavailableScreen = ({ info }: UnavailableScreenProps) => (
  <main className="screen unavailable" data-testid="unavailable-screen">
    {info?.startupFault?.blocking ? (
      <StartupFaultCard fault={info.startupFault} />
    ) : (
      <div className="unavailable__card">
        <h1 className="unavailable__title">
          <span lang="zh-Hans">{STRINGS['zh-CN'].unavailableTitle}</span>
          <span lang="en">{STRINGS.en.unavailableTitle}</span>
        </h1>
        <p lang="zh-Hans">{STRINGS['zh-CN'].unavailableBody}</p>
        <p lang="en">{STRINGS.en.unavailableBody}</p>
        <p className="unavailable__retry">
          <span lang="zh-Hans">{STRINGS['zh-CN'].retrying}</span> · <span lang="en">{STRINGS.en.retrying}</span>
        </p>
      </div>
    )}
    <footer className="attract__footer">
      <KioskInfo info={info} />
    </footer>
  </main>
);
