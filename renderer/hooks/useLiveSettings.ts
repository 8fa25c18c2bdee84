import { useEffect, useState } from 'react';
import type { AppInfo } from '../../electron/shared/contract/app';
import { kioskApi } from '../api/kiosk-api';

/**
 * The renderer-facing settings: app:info's at start, replaced by each
 * `settings:changed` (an admin saved the settings screen), so a new idle
 * timeout or opening hours apply without a restart.
 */
export const useLiveSettings = (info: AppInfo | null): AppInfo['settings'] | undefined => {
  const [changed, setChanged] = useState<AppInfo['settings'] | null>(null);
  useEffect(() => kioskApi.on('settings:changed', setChanged), []);
  return changed ?? info?.settings;
};
