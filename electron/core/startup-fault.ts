import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { StartupFault } from '../shared/startup-fault';
import { loadSettings, readConfigFile, type LoadSettingsOptions, type Settings } from './settings';

/** Settings to run with, and the configuration fault they work around (null when the file was fine). */
export type SettingsOutcome = Readonly<{ settings: Settings; fault: StartupFault | null }>;

/** Keys whose bad value must not guess a data folder: the visit log would be split over two places. */
const DATA_KEYS = new Set(['dataDir', 'kioskId']);

/** A private folder under the system temp dir: the tour runs, nothing it holds is kept. */
export const throwawayDataDir = (): string => fs.mkdtempSync(path.join(os.tmpdir(), 'changjiahui-kiosk-fallback-'));

const configFix = (file: string, key: string | null): StartupFault['fix'] => ({
  'zh-CN': key
    ? `请在 ${file} 中改正或删除设置“${key}”（见 docs/configuration.md），然后重新启动展项。`
    : `请修正 ${file}（须为有效的 JSON 对象，见 docs/configuration.md），然后重新启动展项。`,
  en: key
    ? `Correct or remove the setting "${key}" in ${file} (see docs/configuration.md), then restart the kiosk.`
    : `Fix ${file} so that it is one valid JSON object (see docs/configuration.md), then restart the kiosk.`,
});

/**
 * Loads the settings like `loadSettings`, but never throws on a bad config:
 * it returns a blocking fault naming the file, key and problem, and settings
 * to keep running with — the file minus each bad key (so the visit log is
 * still written when its own settings are valid), or, when the file cannot be
 * read at all or a data setting is bad, defaults with a throwaway data folder.
 */
export const loadSettingsOrFault = (options: LoadSettingsOptions): SettingsOutcome => {
  const file = options.configFile ?? 'settings';
  let first: Error;
  try {
    return { settings: loadSettings(options), fault: null };
  } catch (error) {
    first = error as Error;
  }
  const firstKey = (first as { field?: string }).field || null;
  const fault: StartupFault = { kind: 'config', file, key: firstKey, problem: first.message, fix: configFix(file, firstKey), blocking: true };
  return { settings: fallbackSettings(options), fault };
};

const fallbackSettings = (options: LoadSettingsOptions): Settings => {
  const defaults = (): Settings => {
    const overrides = { ...options.overrides, dataDir: throwawayDataDir() };
    try {
      return loadSettings({ env: options.env, overrides });
    } catch {
      return loadSettings({ overrides: { dataDir: overrides.dataDir } }); // the environment is at fault too
    }
  };
  let values: Record<string, unknown>;
  try {
    values = options.configFile ? { ...readConfigFile(options.configFile) } : {};
  } catch {
    return defaults();
  }
  // Each round removes one bad top-level key; a config has few keys, so this ends quickly.
  for (let round = 0; round < 40; round++) {
    try {
      return loadSettings({ ...options, configValues: values });
    } catch (error) {
      const top = ((error as { field?: string }).field ?? '').split(/[.[]/)[0] ?? '';
      if (DATA_KEYS.has(top) || top === '') return defaults();
      if (top in values) delete values[top];
      else if (top === 'defaultLanguage' && Array.isArray(values.languages)) values.defaultLanguage = values.languages[0];
      else return defaults();
    }
  }
  return defaults();
};

/** A non-blocking fault about the data folder, with the fix in both languages. */
export const dataDirFaultFor = (dataDir: string, problem: string): StartupFault => ({
  kind: 'data-dir',
  file: dataDir,
  key: 'dataDir',
  problem,
  fix: {
    'zh-CN': `请确认数据文件夹 ${dataDir} 可写且磁盘有空间（或在 kiosk.config.json 中改设 dataDir），然后重新启动展项。导览照常运行，但暂不记录参观数据。`,
    en: `Make the data folder ${dataDir} writable by the kiosk user and free disk space (or set another dataDir in kiosk.config.json), then restart. The tour runs meanwhile, but visits are not recorded.`,
  },
  blocking: false,
});
