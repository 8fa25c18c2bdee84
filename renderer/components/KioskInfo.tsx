import { StartupFaultCard } from './StartupFaultCard';
import type { AppInfo } from '../../electron/shared/contract/app';

type KioskInfoProps = Readonly<{ info: AppInfo | null }>;

/** Small footer naming the kiosk, version and shell, for staff (low-key but AA contrast); a non-blocking start-up fault adds its notice. */
export const KioskInfo = ({ info }: KioskInfoProps) => (
  <>
    {info?.startupFault && !info.startupFault.blocking && <StartupFaultCard fault={info.startupFault} />}
    <p className="kiosk-info" data-testid="kiosk-info" lang="en">
      {info ? `${info.kioskId} · v${info.appVersion} · ${info.shell}` : '…'}
    </p>
  </>
);
