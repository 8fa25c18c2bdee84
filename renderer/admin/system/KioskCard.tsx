import { formatBytes, formatLocalTime } from '../format/format';
import type { AdminLanguage } from '../i18n';
import { FigureList } from './FigureList';
import type { SystemStrings } from './strings';
import { formatUptime } from './system-format';
import type { SystemStatus } from './useSystemStatus';

type KioskCardProps = Readonly<{ status: SystemStatus; s: SystemStrings; language: AdminLanguage; offset: number }>;

/** Version, shell, kiosk id, uptime, active pack, disk and database size. */
export const KioskCard = ({ status, s, language, offset }: KioskCardProps) => {
  const pack = status.activePack;
  const free = status.diskFreeBytes === null ? s.unknown : formatBytes(status.diskFreeBytes);
  const disk = status.diskTotalBytes === null ? free : s.diskOf(free, formatBytes(status.diskTotalBytes));
  return (
    <div className="admin-card system-card" data-testid="system-kiosk">
      <h3 className="admin-card__heading">{s.kiosk}</h3>
      <FigureList
        rows={[
          [s.appVersion, status.appVersion, 'system-version'],
          [s.shell, s.shellNames[status.shell ?? 'none'], 'system-shell'],
          [s.kioskId, status.kioskId, 'system-kiosk-id'],
          [
            s.uptime,
            <>
              {formatUptime(status.uptimeSeconds, language)}{' '}
              <span className="admin-muted">{s.since(formatLocalTime(status.startedAt, offset))}</span>
            </>,
            'system-uptime',
          ],
          [
            s.pack,
            pack ? (
              <>
                {pack.id} {pack.version}{' '}
                <span className="admin-muted">
                  {pack.installedAt ? s.installedAt(formatLocalTime(pack.installedAt, offset)) : s.bundled}
                </span>
              </>
            ) : (
              s.noPack
            ),
            'system-pack',
          ],
          [s.diskFree, disk, 'system-disk'],
          [s.dbSize, formatBytes(status.databaseBytes), 'system-db-size'],
        ]}
      />
    </div>
  );
};
