import type { Session } from 'electron';
import type { AppLog } from '../core/app-log';

/**
 * Denies every permission (camera, microphone, geolocation, notifications, HID,
 * USB, serial, fullscreen, ...) and every download. The tour needs none of them;
 * Electron would otherwise grant most permissions silently.
 */
export const registerSessionGuards = (session: Session, log: AppLog): void => {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log.warn('permission request denied', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event, item) => {
    event.preventDefault();
    log.warn('download blocked', { url: item.getURL() });
  });
};
