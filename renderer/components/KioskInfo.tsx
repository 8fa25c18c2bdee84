import type { AppInfo } from '../../electron/shared/contract/app';

type KioskInfoProps = Readonly<{ info: AppInfo | null }>;

/** Small footer naming the kiosk, version and shell, for staff (low-key but AA contrast). */
export const KioskInfo = ({ info }: KioskInfoProps) => (
  <p className="kiosk-info" data-testid="kiosk-info" lang="en">
    {info ? `${info.kioskId} · v${info.appVersion} · ${info.shell}` : '…'}
  </p>
);
